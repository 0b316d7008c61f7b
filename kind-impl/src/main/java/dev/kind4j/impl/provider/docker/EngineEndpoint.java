package dev.kind4j.impl.provider.docker;

import com.github.dockerjava.transport.SSLConfig;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Docker engine kind4j talks to: its address, its TLS settings and why it was chosen (see {@link
 * EngineDiscovery}).
 *
 * @param host the engine's address, such as {@code unix:///var/run/docker.sock} or {@code tcp://10.1.2.3:2376}
 * @param ssl the TLS settings, or null for none
 * @param reason why this engine, for the one line that names it
 */
public record EngineEndpoint(URI host, SSLConfig ssl, String reason) {

  private static final Set<String> NETWORK_SCHEMES = Set.of("tcp", "http", "https", "ssh");

  /**
   * The host name or address of an engine on another machine: one reached over the network ({@code tcp://},
   * {@code ssh://}) at an address that is not this machine's loopback. Empty for a local engine.
   */
  public Optional<String> remoteHost() {
    String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
    String name = host.getHost();
    if (!NETWORK_SCHEMES.contains(scheme) || name == null || isLoopback(name)) {
      return Optional.empty();
    }
    return Optional.of(name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
  }

  /**
   * Where this machine reaches a port the engine published on {@code listenAddress}: on a remote engine, a port
   * published on every address or on the loopback is reached at the engine's host; otherwise at the listen address.
   */
  public String reachableHost(String listenAddress) {
    return remoteHost().filter(remote -> isUnspecified(listenAddress) || isLoopback(listenAddress))
        .orElse(listenAddress);
  }

  private static boolean isLoopback(String name) {
    String bare = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
    return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1");
  }

  private static boolean isUnspecified(String address) {
    return address.equals("0.0.0.0") || address.equals("::");
  }
}
