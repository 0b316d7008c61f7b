package dev.kind4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeImageSourceTest {

  @TempDir
  Path temp;

  @Test
  void aDirectoryIsATreeAndAFileATarball() throws IOException {
    Path tarball = Files.createFile(temp.resolve("kubernetes-server-linux-amd64.tar.gz"));

    assertThat(NodeImageSource.of(temp.toString())).isEqualTo(NodeImageSource.TREE);
    assertThat(NodeImageSource.of(tarball.toString())).isEqualTo(NodeImageSource.TARBALL);
  }

  @Test
  void aUrlIsADownloadAndAVersionARelease() {
    assertThat(NodeImageSource.of("https://example.org/kubernetes-server-linux-amd64.tar.gz"))
        .isEqualTo(NodeImageSource.URL);
    assertThat(NodeImageSource.of("v1.20.2")).isEqualTo(NodeImageSource.RELEASE);
    assertThat(NodeImageSource.of("1.20.2")).isEqualTo(NodeImageSource.RELEASE);
  }

  @Test
  void anExistingPathWinsOverAVersionOfTheSameSpelling() throws IOException {
    Path tree = Files.createDirectory(temp.resolve("v1.20.2"));

    assertThat(NodeImageSource.of(tree.toString())).isEqualTo(NodeImageSource.TREE);
  }

  @Test
  void anythingElseIsRefusedWithWhatToPass() {
    assertThatThrownBy(() -> NodeImageSource.of(temp.resolve("missing").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is neither a directory, a file, a URL nor a release; pass a Kubernetes source tree");
  }
}
