package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import dev.kind4j.impl.testing.TestBuildContext;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
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
    Path tarball = dir.resolve("kubernetes-server-linux-amd64.tar.gz");
    try (OutputStream out = Files.newOutputStream(tarball);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      add(tar, "kubernetes/version", "v1.20.2\n");
      for (String binary : binaries) {
        add(tar, "kubernetes/server/bin/" + binary, binary);
      }
      for (String extra : extraEntries) {
        add(tar, extra, "x");
      }
    }
    return tarball;
  }

  private static void add(TarArchiveOutputStream tar, String name, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }
}
