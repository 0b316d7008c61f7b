package dev.kind4j;

/**
 * A local image registry, as in kind's local-registry guide: pushed to from this machine at {@link #hostAddress()},
 * pulled from by pods under that same name once a cluster is created with {@link ClusterBuilder#registry(Registry)}.
 *
 * <pre>{@code
 * try (Registry registry = Kind.registry().start();
 *      Cluster cluster = Kind.cluster().registry(registry).create()) {
 *   // docker tag app:1 localhost:<port>/app:1 && docker push localhost:<port>/app:1
 *   // then run a pod with image registry.hostAddress() + "/app:1"
 * }
 * }</pre>
 *
 * <p>{@link #close()} removes the registry's container and its images. Unless it is to outlive the JVM, it is also
 * removed when the JVM ends, however it ends, as clusters are.
 */
public interface Registry extends AutoCloseable {

  /** The port the registry listens on inside its container and on the cluster's network. */
  int CONTAINER_PORT = 5000;

  /** The registry's container name, which nodes on the cluster's network resolve, such as {@code kind-registry}. */
  String name();

  /** The host port it is published on, on 127.0.0.1. */
  int hostPort();

  /** Where this machine pushes to and pods pull from: {@code localhost:<hostPort>}. */
  default String hostAddress() {
    return "localhost:" + hostPort();
  }

  /** Where containers on the cluster's network reach it: {@code <name>:5000}. */
  default String networkAddress() {
    return name() + ":" + CONTAINER_PORT;
  }

  /** Removes the registry's container and the images pushed to it; a second call does nothing. */
  @Override
  void close();
}
