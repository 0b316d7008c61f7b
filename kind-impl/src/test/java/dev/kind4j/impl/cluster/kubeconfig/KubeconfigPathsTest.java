package dev.kind4j.impl.cluster.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigPathsTest {

  @TempDir
  Path dir;

  private Map<String, String> kubeconfig(Path... paths) {
    StringBuilder value = new StringBuilder();
    for (Path path : paths) {
      value.append(path).append(File.pathSeparator);
    }
    return Map.of("KUBECONFIG", value.toString(), "HOME", "/ignored");
  }

  @Test
  void anExplicitPathIsTheOnlyOne() {
    Path explicit = dir.resolve("explicit");

    assertThat(KubeconfigPaths.all(explicit, kubeconfig(dir.resolve("a")), dir)).containsExactly(explicit);
    assertThat(KubeconfigPaths.forMerge(explicit, kubeconfig(dir.resolve("a")), dir)).isEqualTo(explicit);
  }

  @Test
  void withoutKubeconfigTheHomeConfigIsUsed() {
    Path expected = dir.resolve(".kube").resolve("config");

    assertThat(KubeconfigPaths.all(null, Map.of(), dir)).containsExactly(expected);
    assertThat(KubeconfigPaths.forMerge(null, Map.of("KUBECONFIG", ""), dir)).isEqualTo(expected);
    assertThat(KubeconfigPaths.all(null, Map.of("KUBECONFIG", File.pathSeparator), dir)).containsExactly(expected);
  }

  @Test
  void kubeconfigPathsLoseEmptiesAndDuplicates() {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    String value = a + File.pathSeparator + File.pathSeparator + b + File.pathSeparator + a;

    assertThat(KubeconfigPaths.all(null, Map.of("KUBECONFIG", value), dir)).containsExactly(a, b);
  }

  @Test
  void mergeGoesToTheFirstExistingFileElseTheLast() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");

    assertThat(KubeconfigPaths.forMerge(null, kubeconfig(a, b, c), dir)).isEqualTo(c);
    Files.writeString(c, "");
    Files.writeString(b, "");
    assertThat(KubeconfigPaths.forMerge(null, kubeconfig(a, b, c), dir)).isEqualTo(b);
    Files.createDirectory(a);
    assertThat(KubeconfigPaths.forMerge(null, kubeconfig(a, b, c), dir)).as("a directory is no file").isEqualTo(b);
  }

  @Test
  void aSingleKubeconfigPathIsUsedWhetherOrNotItExists() {
    Path only = dir.resolve("missing");

    assertThat(KubeconfigPaths.forMerge(null, kubeconfig(only), dir)).isEqualTo(only);
  }
}
