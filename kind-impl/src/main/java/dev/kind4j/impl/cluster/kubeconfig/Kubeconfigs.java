package dev.kind4j.impl.cluster.kubeconfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Exports a kind cluster's kubeconfig into the user's kubeconfig files and removes it again, as
 * {@code kind create cluster} and {@code kind delete cluster} do. Where the files are is resolved by
 * {@link KubeconfigPaths} from the explicit path, the environment and the home directory given.
 */
public final class Kubeconfigs {

  private Kubeconfigs() {}

  /**
   * Merges the cluster's entries into the kubeconfig file kubectl would add them to and makes its
   * context current.
   *
   * @param explicitPath a file to use instead of {@code $KUBECONFIG} or {@code ~/.kube/config}; may be null
   * @return the file written
   */
  public static Path export(ClusterKubeconfig cluster, Path explicitPath, Map<String, String> env, Path home)
      throws IOException {
    Path file = KubeconfigPaths.forMerge(explicitPath, env, home);
    KubeconfigFile.update(file, config -> {
      KubeconfigEdits.merge(config, cluster);
      return true;
    });
    return file;
  }

  /**
   * Removes the cluster's entries from every kubeconfig file that has them; files without them,
   * and missing files, are left untouched.
   *
   * @param explicitPath the only file to look at instead of {@code $KUBECONFIG} or {@code ~/.kube/config}; may be null
   */
  public static void remove(String clusterName, Path explicitPath, Map<String, String> env, Path home)
      throws IOException {
    for (Path file : KubeconfigPaths.all(explicitPath, env, home)) {
      if (Files.exists(file)) {
        KubeconfigFile.update(file, config -> KubeconfigEdits.remove(config, clusterName));
      }
    }
  }
}
