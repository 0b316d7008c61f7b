package dev.kind4j;


/**
 * The entry point of kind4j: every capability starts here.
 *
 * <pre>{@code
 * ImageRef base = Kind.baseImage().build();
 * }</pre>
 *
 * <p>The implementation is found with {@link java.util.ServiceLoader}; add {@code dev.kind4j:kind-impl}
 * to the runtime classpath.
 */
public final class Kind {

  private Kind() {}

  /** Starts building a base image: systemd, containerd, runc and the CNI plugins. */
  public static BaseImageBuilder baseImage() {
    return new BaseImageBuilder(Providers.get());
  }

  /** Starts building a node image: Kubernetes packed onto a base image. */
  public static NodeImageBuilder nodeImage() {
    return new NodeImageBuilder(Providers.get());
  }

  /** Starts creating a cluster. */
  public static ClusterBuilder cluster() {
    return new ClusterBuilder(Providers.get());
  }

  /** Starts a local image registry that clusters pull from (see {@link ClusterBuilder#registry(Registry)}). */
  public static RegistryBuilder registry() {
    return new RegistryBuilder(Providers.get());
  }

  /** The warm-start snapshots on the engine: list, delete. */
  public static Snapshots snapshots() {
    return Providers.get().snapshots();
  }

  /** The clusters on the engine: list, attach, delete. */
  public static Clusters clusters() {
    return Providers.get().clusters();
  }
}
