package dev.kind4j.spi;

import dev.kind4j.Cluster;
import dev.kind4j.Clusters;
import dev.kind4j.Snapshots;
import dev.kind4j.ImageRef;

/**
 * What an implementation of kind4j provides; {@code kind-impl} is the one that ships.
 *
 * <p>Users never call this directly: {@link dev.kind4j.Kind} validates their settings into request
 * records and hands them here. Requests are records so that fields can be added without breaking
 * implementations; new operations arrive as default methods.
 */
public interface KindProvider {

  /** Builds or reuses a base image. */
  ImageRef buildBaseImage(BaseImageRequest request);

  /** Builds or reuses a node image from Kubernetes source, binaries or a release. */
  ImageRef buildNodeImage(NodeImageRequest request);

  /** Builds or reuses a node image derived from another. */
  ImageRef buildCustomNodeImage(CustomNodeImageRequest request);

  /** Creates a cluster and returns it once its control plane is Ready. */
  Cluster createCluster(ClusterRequest request);

  /** Starts a local image registry; providers without registries refuse. */
  default dev.kind4j.Registry startRegistry(RegistryRequest request) {
    throw new dev.kind4j.KindException("this kind4j implementation cannot start registries; use kind-impl");
  }

  /** The clusters on the engine. */
  Clusters clusters();

  /** The warm-start snapshots on the engine; providers without warm starts have none. */
  default Snapshots snapshots() {
    return new Snapshots() {
      @Override
      public java.util.List<dev.kind4j.Snapshot> list() {
        return java.util.List.of();
      }

      @Override
      public void delete(String key) {
        // nothing to delete
      }
    };
  }
}
