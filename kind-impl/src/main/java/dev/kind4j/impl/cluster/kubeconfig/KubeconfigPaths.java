package dev.kind4j.impl.cluster.kubeconfig;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which kubeconfig files kind reads and writes, by kubectl's rules: an explicit path alone; else the
 * paths of {@code $KUBECONFIG}, split on the platform's path separator, without empty entries and
 * duplicates; else {@code ~/.kube/config}.
 */
public final class KubeconfigPaths {

  private KubeconfigPaths() {}

  /** Every file to consider, such as every file a cluster's entries are removed from. */
  public static List<Path> all(Path explicitPath, Map<String, String> env, Path home) {
    if (explicitPath != null) {
      return List.of(explicitPath);
    }
    List<Path> paths = new ArrayList<>();
    for (String entry : env.getOrDefault("KUBECONFIG", "").split(File.pathSeparator)) {
      if (!entry.isEmpty() && !paths.contains(Path.of(entry))) {
        paths.add(Path.of(entry));
      }
    }
    return paths.isEmpty() ? List.of(home.resolve(".kube").resolve("config")) : List.copyOf(paths);
  }

  /**
   * The file a cluster's entries are merged into: the only candidate, else the first candidate that
   * is an existing file, else the last candidate, as kubectl creates new entries.
   */
  public static Path forMerge(Path explicitPath, Map<String, String> env, Path home) {
    List<Path> paths = all(explicitPath, env, home);
    return paths.stream().filter(Files::isRegularFile).findFirst().orElse(paths.get(paths.size() - 1));
  }
}
