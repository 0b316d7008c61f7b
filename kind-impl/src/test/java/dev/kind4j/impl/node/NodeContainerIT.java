package dev.kind4j.impl.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.ExecResult;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.provider.PublishedPort;
import dev.kind4j.impl.testing.HostSysctls;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** One node container from the base image, on the real engine: boot, runtime, files, host safety, removal. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeContainerIT {

  private static final String CLUSTER = "kind4j-node-it";

  private static Provider engine;
  private static Map<String, String> sysctlsBefore;
  private static NodeContainer node;

  @BeforeAll
  static void startNode() {
    engine = Providers.connect();
    String image = TestImages.base().name();
    TestImages.tiny(engine);
    removeLeftovers();
    sysctlsBefore = HostSysctls.globals();
    node = new NodeLauncher(engine).start(new NodeSpec(CLUSTER, NodeNames.of(CLUSTER, NodeRole.CONTROL_PLANE, 1),
        NodeRole.CONTROL_PLANE, image, "kind", "127.0.0.1", 0, Map.of(), List.of(), List.of(), List.of()));
  }

  @AfterAll
  static void cleanUp() {
    removeLeftovers();
    engine.close();
  }

  private static void removeLeftovers() {
    engine.containersWithLabels(Map.of(Labels.CLUSTER, CLUSTER)).forEach(c -> engine.remove(c.id()));
  }

  @Test
  @Order(1)
  void bootsToSystemdRunningWithNoFailedUnits() {
    assertThat(node.name()).isEqualTo("kind4j-node-it-control-plane");
    assertThat(node.exec("systemctl", "is-system-running").stdout().strip()).isEqualTo("running");
    assertThat(node.exec("systemctl", "list-units", "--failed", "--no-legend", "--plain").stdout()).isBlank();
    assertThat(node.exec("hostname").stdout().strip()).isEqualTo(node.name());
  }

  @Test
  @Order(2)
  void carriesKindLabelsAndPublishesTheApiServerOnLoopback() {
    assertThat(engine.inspect(node.name()).labels())
        .containsEntry(Labels.CLUSTER, CLUSTER)
        .containsEntry(Labels.ROLE, "control-plane");
    PublishedPort api = engine.publishedPort(node.name(), NodeSpec.API_SERVER_CONTAINER_PORT, "tcp");
    assertThat(api.hostIp()).isEqualTo("127.0.0.1");
    assertThat(api.port()).isPositive();
  }

  @Test
  @Order(3)
  void containerdAnswersAndRunsALocallyImportedImage(@TempDir Path temp) throws IOException {
    assertThat(node.exec("ctr", "version").stdout()).contains("Server:").contains("Version:");

    Path archive = temp.resolve("tiny.tar");
    try (var image = engine.saveImage(TestImages.TINY)) {
      Files.copy(image, archive);
    }
    node.copyIn(archive, "/kind/tiny.tar");
    node.exec("ctr", "images", "import", "/kind/tiny.tar");
    ExecResult run = node.exec("ctr", "run", "--rm", "docker.io/" + TestImages.TINY, "tiny-run");
    assertThat(run.stdout()).contains("hello from tiny");
  }

  @Test
  @Order(4)
  void copiesFilesInAndOut(@TempDir Path temp) throws IOException {
    node.write("/kind/greeting.txt", "hello node\n".getBytes(StandardCharsets.UTF_8), 0600);
    assertThat(node.exec("stat", "-c", "%a", "/kind/greeting.txt").stdout().strip()).isEqualTo("600");

    node.copyOut("/kind/greeting.txt", temp);
    assertThat(temp.resolve("greeting.txt")).hasContent("hello node");

    assertThatThrownBy(() -> node.write("/tmp/lost.txt", new byte[0], 0644))
        .hasMessageContaining("nodePath").hasMessageContaining("/kind");
  }

  @Test
  @Order(5)
  void reportsExitCodesWithoutThrowingAndThrowsOnDemand() {
    ExecResult failed = node.exec(Duration.ofSeconds(30), List.of("sh", "-c", "echo oops >&2; exit 3"));
    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(failed.stderr()).contains("oops");
    assertThatThrownBy(failed::orThrow).hasMessageContaining("exited with 3").hasMessageContaining("oops");
  }

  @Test
  @Order(6)
  void removingTheNodeLeavesNoContainerNoVolumeAndNoHostKernelChange() {
    List<String> volumes = engine.inspect(node.name()).volumes();
    assertThat(volumes).as("the /var volume").isNotEmpty();

    engine.remove(node.name());

    assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, CLUSTER))).isEmpty();
    assertThat(volumes).noneMatch(engine::volumeExists);
    assertThat(HostSysctls.globals()).isEqualTo(sysctlsBefore);
  }
}
