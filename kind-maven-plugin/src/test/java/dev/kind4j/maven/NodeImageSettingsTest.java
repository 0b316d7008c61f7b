package dev.kind4j.maven;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeImageSettingsTest {

  @TempDir
  Path work;

  @Test
  void aTreeOrATarballIsTheSource() throws Exception {
    Path tarball = Files.writeString(work.resolve("kubernetes-server-linux-amd64.tar.gz"), "");
    assertThatNoException().isThrownBy(() ->
        new NodeImageSettings(work, "docker", "kind4j/node:dev", "kind4j/base:dev").configure(Kind.nodeImage()));
    assertThatNoException().isThrownBy(() ->
        new NodeImageSettings(tarball, null, null, null).configure(Kind.nodeImage()));
  }

  @Test
  void aMissingSourceNamesTheParameterAndWhatItTakes() {
    Path missing = work.resolve("kubernetes");
    assertThatThrownBy(() -> new NodeImageSettings(missing, null, null, null).configure(Kind.nodeImage()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("source: " + missing + " does not exist; give a Kubernetes source tree or a "
            + "kubernetes-server-linux-<arch>.tar.gz, relative to the project's directory (<source> in the plugin's "
            + "configuration, or -Dkind4j.source)");
  }

  @Test
  void badTypesAndImagesNameTheirParameters() {
    assertThatThrownBy(() -> new NodeImageSettings(null, "Not a type", null, null).configure(Kind.nodeImage()))
        .hasMessage("type: 'Not a type' is not a build type name; use lowercase letters, "
            + "digits and '-', such as 'docker' (<type> in the plugin's configuration, or -Dkind4j.type)")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeImageSettings(null, null, "Bad Image", null).configure(Kind.nodeImage()))
        .hasMessageStartingWith("image: ")
        .hasMessageEndingWith(" (<image> in the plugin's configuration, or -Dkind4j.image)");
    assertThatThrownBy(() -> new NodeImageSettings(null, null, null, "Bad Base").configure(Kind.nodeImage()))
        .hasMessageStartingWith("baseImage: ")
        .hasMessageEndingWith(" (<baseImage> in the plugin's configuration, or -Dkind4j.baseImage)");
  }
}
