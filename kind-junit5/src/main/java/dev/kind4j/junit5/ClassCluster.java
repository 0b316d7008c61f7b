package dev.kind4j.junit5;

import dev.kind4j.Cluster;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import java.util.Optional;

/**
 * What one {@link KindCluster} class uses: its own cluster, or a reused one and a namespace of its own. Closing
 * it deletes what belongs to the class only, once. JUnit 5.13 and later close it as an {@link AutoCloseable}, earlier
 * releases as a {@link CloseableResource}.
 */
final class ClassCluster implements AutoCloseable, CloseableResource {

  private final ProvisionedCluster provisioned;
  private final boolean owned;
  private final Optional<String> ownNamespace;
  private Object client;
  private volatile boolean failed;
  private boolean closed;

  private ClassCluster(ProvisionedCluster provisioned, boolean owned, Optional<String> ownNamespace) {
    this.provisioned = provisioned;
    this.owned = owned;
    this.ownNamespace = ownNamespace;
  }

  /** A cluster the class created for itself; closing this deletes it. */
  static ClassCluster owned(ProvisionedCluster cluster) {
    return new ClassCluster(cluster, true, Optional.empty());
  }

  /** A reused cluster in which the class has created {@code namespace}; closing this deletes the namespace. */
  static ClassCluster reused(ProvisionedCluster cluster, String namespace) {
    return new ClassCluster(cluster, false, Optional.of(namespace));
  }

  Cluster cluster() {
    return provisioned.cluster();
  }

  Path kubeconfigPath() {
    return provisioned.kubeconfig();
  }

  /** The class's own namespace on a reused cluster, else {@code default}. */
  String namespace() {
    return ownNamespace.orElse("default");
  }

  /** The class's fabric8 client, created on first use; only called when fabric8 is on the classpath. */
  synchronized Object kubernetesClient() {
    if (client == null) {
      client = Fabric8Clients.create(cluster().kubeconfig(), namespace());
    }
    return client;
  }

  void markFailed() {
    failed = true;
  }

  boolean failed() {
    return failed;
  }

  /** Where the logs go under {@code directory}: per cluster, and per namespace on a reused one. */
  Path logsDirectory(Path directory) {
    Path clusterDirectory = directory.resolve(cluster().name());
    return ownNamespace.map(clusterDirectory::resolve).orElse(clusterDirectory);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (client != null) {
        Fabric8Clients.close(client);
      }
    } finally {
      try {
        ownNamespace.ifPresent(namespace -> ClusterProvisioner.deleteNamespace(cluster(), namespace));
      } finally {
        if (owned) {
          provisioned.close();
        }
      }
    }
  }
}
