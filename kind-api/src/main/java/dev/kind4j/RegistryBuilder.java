package dev.kind4j;

import dev.kind4j.spi.KindProvider;
import dev.kind4j.spi.RegistryRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Starts a local image registry (see {@link Registry}). Immutable: each setting returns a new builder.
 *
 * <pre>{@code
 * Registry registry = Kind.registry().name("kind-registry").hostPort(5001).start();
 * }</pre>
 */
public final class RegistryBuilder {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  private final KindProvider provider;
  private final String name;
  private final int hostPort;
  private final String image;
  private final boolean outliveJvm;

  RegistryBuilder(KindProvider provider) {
    this(provider, null, 0, null, false);
  }

  private RegistryBuilder(KindProvider provider, String name, int hostPort, String image, boolean outliveJvm) {
    this.provider = provider;
    this.name = name;
    this.hostPort = hostPort;
    this.image = image;
    this.outliveJvm = outliveJvm;
  }

  /** The container's name, which nodes resolve; by default {@code kind4j-registry-} and a random suffix. */
  public RegistryBuilder name(String name) {
    if (name == null || !NAME.matcher(name).matches() || name.length() > 63) {
      throw new IllegalArgumentException("name: '" + name + "' is not a container name; use up to 63 letters, "
          + "digits, '_', '.' and '-', starting with a letter or digit, such as 'kind-registry'");
    }
    return new RegistryBuilder(provider, name, hostPort, image, outliveJvm);
  }

  /** The port on 127.0.0.1 to publish it on, such as kind's guide's 5001; 0, the default, picks a free one. */
  public RegistryBuilder hostPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("hostPort: " + port + " is not a port; use 1 to 65535, or 0 for a free one");
    }
    return new RegistryBuilder(provider, name, port, image, outliveJvm);
  }

  /**
   * The registry image, such as {@code registry:2}; it must serve the registry API on port 5000. By default
   * {@code registry:2} when it is present or can be pulled, else one kind4j builds from Debian's
   * {@code docker-registry} package on its base image.
   */
  public RegistryBuilder image(String image) {
    return new RegistryBuilder(provider, name, hostPort, BaseImageBuilder.requireImageReference("image", image),
        outliveJvm);
  }

  /** Keeps the registry after this JVM ends, until it is closed or removed; by default it goes with the JVM. */
  public RegistryBuilder outliveJvm(boolean outlive) {
    return new RegistryBuilder(provider, name, hostPort, image, outlive);
  }

  /** Starts the registry and returns once it answers on {@link Registry#hostAddress()}. */
  public Registry start() {
    return provider.startRegistry(new RegistryRequest(Optional.ofNullable(name), hostPort,
        Optional.ofNullable(image), outliveJvm));
  }
}
