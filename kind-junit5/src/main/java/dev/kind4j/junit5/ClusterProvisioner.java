package dev.kind4j.junit5;

import dev.kind4j.Cluster;
import dev.kind4j.ClusterBuilder;
import dev.kind4j.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Creates the clusters and namespaces {@link KindCluster} asks for, apart from JUnit, through kind-api alone. */
final class ClusterProvisioner implements Provisioner {

  @Override
  public Optional<String> dockerAbsence() {
    return DockerProbe.absence();
  }

  /** Creates the cluster, exporting its kubeconfig to a file in a temporary directory of its own. */
  @Override
  public ProvisionedCluster create(ClusterSpec spec, String name) {
    ClusterBuilder builder = Kind.cluster()
        .name(name)
        .waitForReady(spec.waitForReady())
        .retainOnFailure(spec.retainOnFailure())
        .warmStart(spec.warmStart());
    spec.image().ifPresent(builder::image);
    spec.kubernetesVersion().ifPresent(builder::kubernetesVersion);
    spec.configYaml().ifPresent(builder::config);
    if (spec.workers() > 0) {
      builder.workers(spec.workers());
    }
    Path directory;
    try {
      directory = Files.createTempDirectory("kind4j-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for the kubeconfig of " + name, e);
    }
    Path kubeconfig = directory.resolve("kubeconfig");
    try {
      return new ProvisionedCluster(builder.kubeconfigPath(kubeconfig).create(), kubeconfig);
    } catch (RuntimeException e) {
      ProvisionedCluster.deleteDirectory(directory);
      throw e;
    }
  }

  /** Creates the namespace {@code namespace}. */
  static void createNamespace(Cluster cluster, String namespace) {
    cluster.controlPlane().exec("kubectl", "create", "namespace", namespace);
  }

  /** Deletes the namespace {@code namespace} and what it holds, without waiting for its objects to go. */
  static void deleteNamespace(Cluster cluster, String namespace) {
    cluster.controlPlane().exec("kubectl", "delete", "namespace", namespace, "--wait=false");
  }
}
