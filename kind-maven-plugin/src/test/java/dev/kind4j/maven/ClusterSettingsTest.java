package dev.kind4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Kind;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSettingsTest {

  @TempDir
  Path work;

  @Test
  void aFullConfigurationIsHandedToTheBuilder() throws Exception {
    Path config = Files.writeString(work.resolve("kind.yaml"), "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n");
    ClusterSettings settings = new ClusterSettings("it", null, "1.20", config, 2, 60, true, true);
    assertThatNoException().isThrownBy(() -> settings.configure(Kind.cluster()));
  }

  @Test
  void aBadNameNamesTheParameterItsPropertyAndTheFix() {
    assertThatThrownBy(() -> settings("Not_A_Name", null, null, null, 0, 300).configure(Kind.cluster()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("name: 'Not_A_Name' is not a cluster name; use up to 50 lowercase letters, digits, '.' and '-', "
            + "such as 'dev' (<name> in the plugin's configuration, or -Dkind4j.cluster)")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void imageAndKubernetesVersionCannotBothBeSet() {
    assertThatThrownBy(() -> settings("it", "kind4j/node:v1.20.2", "1.20", null, 0, 300).configure(Kind.cluster()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("kubernetesVersion: '1.20' and <image> 'kind4j/node:v1.20.2' both pick the node image; set one "
            + "of them (<kubernetesVersion> in the plugin's configuration, or -Dkind4j.kubernetesVersion)");
  }

  @Test
  void aBadKubernetesVersionIsRefusedWithExamples() {
    assertThatThrownBy(() -> settings("it", null, "latest", null, 0, 300).configure(Kind.cluster()))
        .hasMessageStartingWith("kubernetesVersion: 'latest' is not a Kubernetes version; use a minor such as \"1.31\"")
        .hasMessageEndingWith(" (<kubernetesVersion> in the plugin's configuration, or -Dkind4j.kubernetesVersion)");
  }

  @Test
  void aBadImageReferenceNamesImage() {
    assertThatThrownBy(() -> settings("it", "Not A Reference", null, null, 0, 300).configure(Kind.cluster()))
        .hasMessageStartingWith("image: ")
        .hasMessageEndingWith(" (<image> in the plugin's configuration, or -Dkind4j.image)");
  }

  @Test
  void aMissingConfigFileSaysWhereItWasLookedFor() {
    Path missing = work.resolve("kind-config.yaml");
    assertThatThrownBy(() -> settings("it", null, null, missing, 0, 300).configure(Kind.cluster()))
        .hasMessage("config: " + missing + " is not a file; give a kind v1alpha4 Cluster config file, relative to "
            + "the project's directory (<config> in the plugin's configuration, or -Dkind4j.config)");
  }

  @Test
  void anUnreadableConfigKeepsItsCause() throws Exception {
    // not UTF-8, so reading it fails whoever runs the test, root included
    Path unreadable = Files.write(work.resolve("kind.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 'k'});
    assertThatThrownBy(() -> settings("it", null, null, unreadable, 0, 300).configure(Kind.cluster()))
        .hasMessageStartingWith("config: cannot read " + unreadable)
        .hasCauseInstanceOf(UncheckedIOException.class);
  }

  @Test
  void negativeWorkersAndWaitSecondsAreRefused() {
    assertThatThrownBy(() -> settings("it", null, null, null, -1, 300).configure(Kind.cluster()))
        .hasMessage("workers: -1 must be 0 or more (<workers> in the plugin's configuration, or -Dkind4j.workers)");
    assertThatThrownBy(() -> settings("it", null, null, null, 0, -5).configure(Kind.cluster()))
        .hasMessage("waitSeconds: -5 is negative; use 0 or more seconds, such as 300 (<waitSeconds> in the plugin's "
            + "configuration, or -Dkind4j.waitSeconds)");
  }

  private static ClusterSettings settings(String name, String image, String version, Path config, int workers,
      long waitSeconds) {
    return new ClusterSettings(name, image, version, config, workers, waitSeconds, false, false);
  }
}
