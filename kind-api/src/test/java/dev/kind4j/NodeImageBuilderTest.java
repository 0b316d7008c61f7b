package dev.kind4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.spi.KubernetesSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeImageBuilderTest {

  @TempDir
  Path dir;

  @Test
  void detectsTheTypeAsKindDoes() {
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofTree(dir))).isEqualTo(BuildType.DOCKER);
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofTarball(dir.resolve("k.tar.gz")))).isEqualTo(BuildType.TARBALL);
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofUrl(URI.create("https://example.org/k.tar.gz"))))
        .isEqualTo(BuildType.URL);
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofRelease("v1.20.2"))).isEqualTo(BuildType.RELEASE);
  }

  @Test
  void recognisesAKubernetesTree() throws IOException {
    assertThat(NodeImageBuilder.isKubernetesTree(dir)).isFalse();
    Files.createDirectories(dir.resolve("cmd/kubeadm"));
    Files.createDirectories(dir.resolve("cmd/kubelet"));
    assertThat(NodeImageBuilder.isKubernetesTree(dir)).isTrue();
  }

  @Test
  void buildTypesAreOpenValues() {
    assertThat(BuildType.of("DOCKER")).isEqualTo(BuildType.DOCKER);
    assertThat(BuildType.of("my-builder").name()).isEqualTo("my-builder");
    assertThatThrownBy(() -> BuildType.of("no spaces")).hasMessageContaining("type");
  }

  @Test
  void badArgumentsNameTheArgumentAndTheFix() {
    NodeImageBuilder builder = new NodeImageBuilder(null);
    assertThatThrownBy(() -> builder.fromSource(dir.resolve("missing"))).hasMessageStartingWith("fromSource:");
    assertThatThrownBy(() -> builder.fromRelease("latest")).hasMessageStartingWith("fromRelease:").hasMessageContaining("v1.20.2");
    assertThatThrownBy(() -> builder.fromUrl(URI.create("ftp://x/y"))).hasMessageStartingWith("fromUrl:");
    assertThatThrownBy(() -> builder.arch("x86")).hasMessageStartingWith("arch:");
    assertThatThrownBy(() -> builder.image("has space:1")).hasMessageStartingWith("image:");
  }
}
