package dev.kind4j.impl.cluster.config;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.Networking;
import dev.kind4j.config.PortMapping;
import dev.kind4j.config.PortProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the nodes' {@code extraPortMappings}: port ranges, listen addresses, and that no two mappings, nor a
 * mapping and the API server, take the same host port. All nodes publish on the same host, so clashes are sought
 * across nodes, not only within one as kind does.
 */
final class PortMappingRules {

  private PortMappingRules() {}

  static void check(ClusterConfig config, Problems problems) {
    List<Binding> bindings = new ArrayList<>();
    apiServer(config.networking()).ifPresent(bindings::add);
    for (int n = 0; n < config.nodes().size(); n++) {
      List<PortMapping> mappings = config.nodes().get(n).extraPortMappings();
      for (int m = 0; m < mappings.size(); m++) {
        check("nodes[" + n + "].extraPortMappings[" + m + "]", mappings.get(m), bindings, problems);
      }
    }
  }

  private static Optional<Binding> apiServer(Networking networking) {
    return IpAddress.parse(networking.apiServerAddress())
        .filter(address -> networking.apiServerPort() > 0)
        .map(address -> new Binding("networking.apiServerPort", address, networking.apiServerAddress(),
            networking.apiServerPort(), PortProtocol.TCP));
  }

  private static void check(String path, PortMapping mapping, List<Binding> bindings, Problems problems) {
    if (mapping.containerPort() < 1 || mapping.containerPort() > 65535) {
      problems.add(path + ".containerPort", mapping.containerPort() + " is not a port; use 1 to 65535");
    }
    int hostPort = mapping.hostPort();
    if (hostPort < -1 || hostPort > 65535) {
      problems.add(path + ".hostPort", hostPort + " is not a port; use 1 to 65535, 0 (or leave it unset) for a "
          + "random free port, or -1 to let the container engine pick one");
    }
    Optional<IpAddress> address = IpAddress.parse(mapping.listenAddress());
    if (address.isEmpty()) {
      problems.add(path + ".listenAddress", "'" + mapping.listenAddress() + "' is not an IP address; use one such as "
          + "127.0.0.1, or 0.0.0.0 to listen on every address");
    } else if (hostPort > 0 && hostPort <= 65535) {
      Binding binding = new Binding(path, address.get(), mapping.listenAddress(), hostPort, mapping.protocol());
      bindings.stream().filter(binding::clashesWith).findFirst().ifPresentOrElse(
          taken -> problems.add(path + ".hostPort", binding + " is already taken by " + taken.owner
              + "; use another hostPort or listenAddress, or 0 for a random free port"),
          () -> bindings.add(binding));
    }
  }

  /** A host port taken by {@code owner}. */
  private record Binding(String owner, IpAddress address, String addressText, int port, PortProtocol protocol) {

    /** Same port and protocol, on the same address or where either listens on every address. */
    boolean clashesWith(Binding other) {
      return port == other.port && protocol == other.protocol
          && (address.equals(other.address) || address.isUnspecified() || other.address.isUnspecified());
    }

    @Override
    public String toString() {
      return port + "/" + protocol.value() + " on " + addressText;
    }
  }
}
