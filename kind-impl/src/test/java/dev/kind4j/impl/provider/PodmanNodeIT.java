package dev.kind4j.impl.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kind4j.NodeRole;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeNames;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.testing.Podman;
import dev.kind4j.impl.testing.TestImages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A node on podman ({@code scripts/setup-host} installs Debian's podman and starts rootful {@code podman system
 * service}): the provider creates it with kind's options, in a cgroup namespace of its own, boots it, copies files into
 * it, runs commands in it, finds its address and published port, and removes it without a trace. The base image is
 * copied from the Docker engine, which builds it. Skipped only where podman is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PodmanNodeIT {

  private static final String CLUSTER = "kind4j-podman-it";
  private static final String NETWORK = "kind";

  private static Provider podman;
  private static NodeContainer node;

  @BeforeAll
  static void startNodeOnPodman() {
    assumeTrue(Podman.installed(), "podman is not installed");
    String image = TestImages.base().name();
    podman = Podman.connect();
    Podman.copyFromDocker(podman, image);
    removeLeftovers();
    node = new NodeLauncher(podman).start(new NodeSpec(CLUSTER, NodeNames.of(CLUSTER, NodeRole.CONTROL_PLANE, 1),
        NodeRole.CONTROL_PLANE, image, NETWORK, "127.0.0.1", 0, Map.of(), List.of(), List.of(), List.of()));
  }

  @AfterAll
  static void cleanUp() {
    if (podman != null) {
      removeLeftovers();
      podman.close();
    }
  }

  @Test
  @Order(1)
  void bootsToSystemdRunningInACgroupNamespaceOfItsOwn() {
    assertThat(podman.isRunning(node.name())).isTrue();
    assertThat(node.exec("systemctl", "is-system-running").stdout().strip()).isEqualTo("running");
    // podman's own API honours the private cgroup namespace that its Docker-compatible one ignores: in the host's
    // namespace, systemd would see its cgroups under the container's path, named after its ID
    assertThat(node.exec("cat", "/proc/1/cgroup").stdout()).doesNotContain(podman.inspect(node.name()).id());
    assertThat(node.exec("hostname").stdout().strip()).isEqualTo(node.name());
  }

  @Test
  @Order(2)
  void hasAnAddressOnItsNetworkAndPublishesTheApiServerPortOnLoopback() {
    assertThat(node.network()).isEqualTo(NETWORK);
    assertThat(node.ip()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(node.exec("ip", "-4", "-o", "addr", "show").stdout()).contains(node.ip() + "/");

    PublishedPort api = podman.publishedPort(node.name(), NodeSpec.API_SERVER_CONTAINER_PORT, "tcp");
    assertThat(api.hostIp()).isEqualTo("127.0.0.1");
    assertThat(api.port()).isPositive();
  }

  @Test
  @Order(3)
  void filesGoInAndCommandsRun() {
    node.write("/kind/podman.txt", "on podman".getBytes(StandardCharsets.UTF_8), 0640);

    assertThat(node.exec("cat", "/kind/podman.txt").stdout()).isEqualTo("on podman");
    assertThat(node.exec("stat", "-c", "%a", "/kind/podman.txt").stdout().strip()).isEqualTo("640");
    assertThat(node.exec(Duration.ofSeconds(30), List.of("sh", "-c", "exit 3")).exitCode()).isEqualTo(3);
  }

  @Test
  @Order(4)
  void removingTheNodeLeavesNothingInPodman() {
    List<String> volumes = podman.inspect(node.name()).volumes();
    assertThat(volumes).as("the /var volume").isNotEmpty();

    podman.remove(node.name());

    assertThat(podman.containersWithLabels(Map.of(Labels.CLUSTER, CLUSTER))).isEmpty();
    assertThat(volumes).noneMatch(podman::volumeExists);
  }

  private static void removeLeftovers() {
    podman.containersWithLabels(Map.of(Labels.CLUSTER, CLUSTER)).forEach(c -> podman.remove(c.id()));
  }
}
