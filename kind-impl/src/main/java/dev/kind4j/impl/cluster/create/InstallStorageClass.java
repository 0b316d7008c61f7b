package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.cluster.storage.DefaultStorage;
import dev.kind4j.impl.node.NodeContainer;
import java.util.List;

/**
 * Installs the storage manifest the node image carries (kind's {@code kindest/node} images do), else
 * kind4j's fallback: a default StorageClass {@code standard} backed by local volumes on each node.
 */
final class InstallStorageClass implements CreateStep {

  /** Where kind's node images keep their storage manifest. */
  static final String MANIFEST = "/kind/manifests/default-storage.yaml";
  /** Local volumes prepared per node for the fallback StorageClass. */
  static final int VOLUMES_PER_NODE = 10;
  /** The size each fallback volume claims to have; they share the node's disk. */
  static final String VOLUME_CAPACITY = "10Gi";

  @Override
  public String title(CreationContext context) {
    return "Installing StorageClass 💾";
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer controlPlane = context.bootstrapControlPlane();
    if (Manifests.exists(controlPlane, MANIFEST)) {
      controlPlane.exec("kubectl", "apply", "-f", MANIFEST);
      return;
    }
    DefaultStorage storage = new DefaultStorage(VOLUMES_PER_NODE, VOLUME_CAPACITY);
    for (NodeContainer node : context.nodes) {
      node.exec(storage.prepareNodeCommand().toArray(String[]::new));
    }
    List<String> names = context.nodes.stream().map(context::nodeName).toList();
    Manifests.apply(controlPlane, "/kind/manifests/kind4j-storage.yaml", storage.manifest(names));
  }
}
