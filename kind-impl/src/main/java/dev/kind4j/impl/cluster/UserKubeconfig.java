package dev.kind4j.impl.cluster;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.kubeconfig.ClusterKubeconfig;
import dev.kind4j.impl.cluster.kubeconfig.Kubeconfigs;
import java.io.IOException;
import java.nio.file.Path;

/** The user's kubeconfig, found as kubectl finds it: an explicit file, else {@code $KUBECONFIG}, else {@code ~/.kube/config}. */
public final class UserKubeconfig {

  private UserKubeconfig() {}

  /** Merges a cluster's context and makes it current; returns the file written. */
  public static Path export(ClusterKubeconfig cluster, Path explicitPath) {
    try {
      return Kubeconfigs.export(cluster, explicitPath, System.getenv(), home());
    } catch (IOException e) {
      throw new KindException("writing the kubeconfig " + (explicitPath == null ? "" : explicitPath + " ") + "failed: "
          + e.getMessage(), e);
    }
  }

  /** Removes a cluster's entries from every kubeconfig file that has them. */
  public static void remove(String clusterName, Path explicitPath) {
    try {
      Kubeconfigs.remove(clusterName, explicitPath, System.getenv(), home());
    } catch (IOException e) {
      throw new KindException("removing cluster " + clusterName + " from the kubeconfig failed: " + e.getMessage(), e);
    }
  }

  private static Path home() {
    return Path.of(System.getProperty("user.home"));
  }
}
