package dev.kind4j.maven;

import dev.kind4j.ClusterBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The cluster {@code kind4j:create} is configured to make, as {@code @KindCluster} describes one.
 *
 * @param name the cluster's name
 * @param image the node image, or null
 * @param kubernetesVersion the Kubernetes version that picks the node image, or null
 * @param config a kind v1alpha4 {@code Cluster} config file, or null
 * @param workers worker nodes beside the control plane; 0 leaves the nodes to the config
 * @param waitSeconds how long to wait for the control plane to become Ready
 * @param retainOnFailure keep the nodes of a failed create
 * @param warmStart start from a snapshot of a bootstrapped cluster
 */
record ClusterSettings(String name, String image, String kubernetesVersion, Path config, int workers,
    long waitSeconds, boolean retainOnFailure, boolean warmStart) {

  /** Hands the settings to {@code builder}; a value kind4j refuses is an error naming its parameter. */
  ClusterBuilder configure(ClusterBuilder builder) throws MojoExecutionException {
    Parameters.set("name", ClusterMojo.CLUSTER_PROPERTY, () -> builder.name(name));
    if (present(image) && present(kubernetesVersion)) {
      throw Parameters.invalid("kubernetesVersion", "kind4j.kubernetesVersion", "'" + kubernetesVersion
          + "' and <image> '" + image + "' both pick the node image; set one of them");
    }
    if (present(image)) {
      Parameters.set("image", "kind4j.image", () -> builder.image(image));
    }
    if (present(kubernetesVersion)) {
      Parameters.set("kubernetesVersion", "kind4j.kubernetesVersion", () -> builder.kubernetesVersion(kubernetesVersion));
    }
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw Parameters.invalid("config", "kind4j.config", config + " is not a file; give a kind v1alpha4 Cluster "
            + "config file, relative to the project's directory");
      }
      Parameters.set("config", "kind4j.config", () -> builder.config(config));
    }
    if (workers != 0) {
      Parameters.set("workers", "kind4j.workers", () -> builder.workers(workers));
    }
    if (waitSeconds < 0) {
      throw Parameters.invalid("waitSeconds", "kind4j.waitSeconds", waitSeconds + " is negative; use 0 or more "
          + "seconds, such as 300");
    }
    return builder.waitForReady(Duration.ofSeconds(waitSeconds)).retainOnFailure(retainOnFailure)
        .warmStart(warmStart);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
