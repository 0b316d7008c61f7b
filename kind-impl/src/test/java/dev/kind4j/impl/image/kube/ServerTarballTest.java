package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import dev.kind4j.impl.testing.FakeServerTarball;
import dev.kind4j.impl.testing.TestBuildContext;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTarballTest {

  @TempDir
  Path dir;

  @Test
  void unpacksBinariesAndVersion() throws IOException {
    Path tarball = tarball(KubernetesBinaries.ALL, "../../escape");
    KubernetesArtifacts artifacts = ServerTarball.unpack(tarball, dir.resolve("work"), Optional.empty());
    assertThat(artifacts.version()).isEqualTo("v1.20.2");
    assertThat(artifacts.binaries().resolve("kubeadm")).hasContent("kubeadm").isExecutable();
    assertThat(artifacts.imageArchivesIfAny()).isEmpty();
    assertThat(dir.resolve("escape")).doesNotExist();
  }

  @Test
  void aFileUrlDownloadsTheSameTarball() throws IOException {
    Path tarball = tarball(KubernetesBinaries.ALL);
    Path work = dir.resolve("url-work");
    KubernetesArtifacts artifacts = new UrlKubernetesBuilder().build(new TestBuildContext(
        KubernetesSource.ofUrl(tarball.toUri()), work));
    assertThat(artifacts.binaries().resolve("kube-proxy")).hasContent("kube-proxy");
  }

  @Test
  void namesTheMissingBinary() throws IOException {
    Path tarball = tarball(List.of("kubeadm"));
    assertThatThrownBy(() -> ServerTarball.unpack(tarball, dir.resolve("work"), Optional.empty()))
        .isInstanceOf(KindException.class).hasMessageContaining("kubernetes/server/bin/kubelet");
  }

  private Path tarball(List<String> binaries, String... extraEntries) throws IOException {
    return Files.write(dir.resolve("kubernetes-server-linux-amd64.tar.gz"),
        FakeServerTarball.of(binaries, extraEntries));
  }
}
