package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.BuildType;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.KubernetesSource;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.impl.util.HostCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node image rebuilt after a one-line change in {@code cmd/kubelet}, on a copy of the v1.20.2 source: its kubelet
 * shows the change, and touching the changed file without changing it again rebuilds nothing.
 */
class KubeletChangeIT {

  private static final String IMAGE = "kind4j-test/node:kubelet-change";
  private static final String SERVER = "cmd/kubelet/app/server.go";
  private static final String MARKER = "kind4j-" + UUID.randomUUID();

  private static Provider engine;
  private static Path tree;
  private static ImageRef changed;

  @BeforeAll
  static void buildFromAChangedCopy() throws IOException {
    engine = Providers.connect();
    tree = Files.createTempDirectory("kind4j-kubelet-change-");
    HostCommand.output(List.of("cp", "-a", KubernetesSource.tree() + "/.", tree.toString()), tree,
        Duration.ofMinutes(5));
    Path server = tree.resolve(SERVER);
    String source = Files.readString(server);
    String line = "Long: `The kubelet is the primary \"node agent\"";
    assertThat(source).contains(line);
    Files.writeString(server, source.replace(line, "Long: `The kubelet (" + MARKER + ") is the primary \"node agent\""));
    changed = build();
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (engine != null) {
      engine.removeImage(IMAGE);
      if (tree != null) {
        engine.removeVolume(DockerKubernetesBuilder.workVolume(tree));
      }
      engine.close();
    }
    if (tree != null) {
      HostCommand.output(List.of("rm", "-rf", tree.toString()), tree.getParent(), Duration.ofMinutes(2));
    }
  }

  @Test
  void theRebuiltKubeletShowsTheChangedLine() {
    assertThat(changed.reused()).isFalse();
    assertThat(kubeletHelp()).contains("The kubelet (" + MARKER + ") is the primary");
  }

  @Test
  void touchingTheFileWithoutChangingItIsACacheHit() throws IOException {
    Files.setLastModifiedTime(tree.resolve(SERVER), FileTime.from(Instant.now()));

    ImageRef again = build();

    assertThat(again.reused()).isTrue();
    assertThat(again.id()).isEqualTo(changed.id());
  }

  private static ImageRef build() {
    return Kind.nodeImage().fromSource(tree).kubernetesVersion("v1.20.2").type(BuildType.DOCKER).image(IMAGE)
        .baseImage(TestImages.base().name())
        .build();
  }

  private static String kubeletHelp() {
    String id = engine.run(ContainerSpec.builder(IMAGE).entrypoint("kubelet", "--help").build());
    try {
      engine.waitForExit(id, Duration.ofMinutes(1));
      return engine.logs(id);
    } finally {
      engine.remove(id);
    }
  }
}
