package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import dev.kind4j.impl.testing.TestBuildContext;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builders that need a host toolchain say exactly what is missing. */
class ToolchainBuildersTest {

  @TempDir
  Path parent;

  @Test
  void hostTypeNamesTheGoReleaseTheTreeNeeds() throws IOException {
    Path tree = tree("v1.99.1-1");
    assertThatThrownBy(() -> new HostKubernetesBuilder().build(context(tree)))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("Go 1.99").hasMessageContaining("golang-1.99-go").hasMessageContaining("BuildType.DOCKER");
  }

  @Test
  void bazelTypeNeedsAWorkspace() throws IOException {
    Path tree = tree("v1.15.5-1");
    assertThatThrownBy(() -> new BazelKubernetesBuilder().build(context(tree)))
        .isInstanceOf(KindException.class).hasMessageContaining("WORKSPACE");
  }

  @Test
  void bazelTypeSaysToInstallBazel() throws IOException {
    Path tree = tree("v1.15.5-1");
    Files.writeString(tree.resolve("WORKSPACE"), "");
    assertThatThrownBy(() -> new BazelKubernetesBuilder().build(context(tree)))
        .isInstanceOf(KindException.class).hasMessageContaining("install Bazel");
  }

  @Test
  void releaseTypeDownloadsTheServerTarballOfThatRelease() {
    KubernetesBuildContext context = context(KubernetesSource.ofRelease("v1.20.2"));
    assertThat(UrlKubernetesBuilder.url(context).toString())
        .endsWith("/v1.20.2/kubernetes-server-linux-amd64.tar.gz");
  }

  private Path tree(String crossVersion) throws IOException {
    Path tree = Files.createDirectories(parent.resolve("kubernetes-1.20.2"));
    Files.createDirectories(tree.resolve("build/build-image/cross"));
    Files.writeString(tree.resolve("build/build-image/cross/VERSION"), crossVersion);
    return tree;
  }

  private KubernetesBuildContext context(Path tree) {
    return context(KubernetesSource.ofTree(tree));
  }

  private KubernetesBuildContext context(KubernetesSource source) {
    return new TestBuildContext(source, parent.resolve("work"));
  }
}
