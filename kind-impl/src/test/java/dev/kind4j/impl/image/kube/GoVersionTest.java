package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoVersionTest {

  @TempDir
  Path tree;

  @Test
  void readsTheCrossBuildImageVersionOfKubernetes120() throws IOException {
    Files.createDirectories(tree.resolve("build/build-image/cross"));
    Files.writeString(tree.resolve("build/build-image/cross/VERSION"), "v1.15.5-1\n");
    GoVersion go = GoVersion.of(tree);
    assertThat(go.release()).isEqualTo("1.15");
    assertThat(go.full()).isEqualTo("1.15.5");
  }

  @Test
  void prefersTheGoVersionFileOfRecentTrees() throws IOException {
    Files.createDirectories(tree.resolve("build/build-image/cross"));
    Files.writeString(tree.resolve("build/build-image/cross/VERSION"), "v1.15.5-1\n");
    Files.writeString(tree.resolve(".go-version"), "1.22.5\n");
    assertThat(GoVersion.of(tree)).isEqualTo(new GoVersion(1, 22, "1.22.5"));
  }

  @Test
  void parsesGoToolVersions() {
    assertThat(GoVersion.parse("go1.19.8")).contains(new GoVersion(1, 19, "1.19.8"));
    assertThat(GoVersion.parse("go1.21")).contains(new GoVersion(1, 21, "1.21"));
    assertThat(GoVersion.parse("devel")).isEmpty();
  }

  @Test
  void explainsWhereItLookedInATreeWithoutOne() {
    assertThatThrownBy(() -> GoVersion.of(tree))
        .hasMessageContaining(".go-version").hasMessageContaining("build/build-image/cross/VERSION");
  }
}
