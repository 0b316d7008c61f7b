package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesTreeTest {

  @TempDir
  Path parent;

  @Test
  void takesTheVersionFromASourcePackageDirectoryName() throws IOException {
    Path root = Files.createDirectories(parent.resolve("kubernetes-1.20.2"));
    assertThat(new KubernetesTree(root).version(Optional.empty())).isEqualTo("v1.20.2");
  }

  @Test
  void anExplicitVersionWins() throws IOException {
    Path root = Files.createDirectories(parent.resolve("kubernetes-1.20.2"));
    assertThat(new KubernetesTree(root).version(Optional.of("v1.20.3"))).isEqualTo("v1.20.3");
  }

  @Test
  void asksForTheVersionWhenItCannotTell() throws IOException {
    Path root = Files.createDirectories(parent.resolve("src"));
    assertThatThrownBy(() -> new KubernetesTree(root).version(Optional.empty())).hasMessageContaining("kubernetesVersion");
  }

  @Test
  void contentHashIgnoresTimestampsAndBuildOutputButNotContent() throws IOException {
    Path root = Files.createDirectories(parent.resolve("kubernetes-1.20.2"));
    Path main = Files.createDirectories(root.resolve("cmd/kubelet")).resolve("kubelet.go");
    Files.writeString(main, "package main\n");
    KubernetesTree tree = new KubernetesTree(root, parent.resolve("index"));
    String before = tree.contentHash();

    Files.setLastModifiedTime(main, FileTime.fromMillis(0));
    Files.createDirectories(root.resolve("_output/local")).resolve("bin");
    Files.writeString(root.resolve("_output/local/bin"), "binary");
    assertThat(tree.contentHash()).isEqualTo(before);

    Files.writeString(main, "package main\n// changed\n");
    assertThat(tree.contentHash()).isNotEqualTo(before);
  }
}
