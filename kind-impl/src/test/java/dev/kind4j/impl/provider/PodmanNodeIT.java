package dev.kind4j.impl.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kind4j.NodeRole;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeNames;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A node on podman, through its Docker-compatible API socket ({@code scripts/setup-host} installs Debian's podman and
 * starts rootful {@code podman system service} on {@value #SOCKET}): the provider creates it with kind's options,
 * boots it, copies files into it, runs commands in it, finds its address and published port, and removes it without a
 * trace. The base image is copied from the Docker engine, which builds it. Skipped only where podman is not installed.
 *
 * <p>A whole cluster does not come up on podman 4.3 on this cgroup v1 host: its Docker-compatible API ignores
 * {@code HostConfig.CgroupnsMode} (its own API honours {@code cgroupns}), so a node shares the host's cgroup namespace,
 * and kubelet 1.20 then fails with {@code cgroup-root ["kubelet"] doesn't exist}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PodmanNodeIT {

  private static final String SOCKET = "unix:///run/podman/podman.sock";
  private static final String CLUSTER = "kind4j-podman-it";
  private static final String NETWORK = "kind";

  private static Provider podman;
  private static NodeContainer node;

  @BeforeAll
  static void startNodeOnPodman() {
    assumeTrue(podmanInstalled(), "podman is not installed");
    String image = TestImages.base().name();
    podman = podman();
    try (Provider docker = Providers.connect()) {
      copy(docker, podman, image);
    }
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
  void bootsToSystemdRunning() {
    assertThat(podman.isRunning(node.name())).isTrue();
    assertThat(node.exec("systemctl", "is-system-running").stdout().strip()).isEqualTo("running");
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

  private static Provider podman() {
    String previous = System.setProperty(Providers.HOST_PROPERTY, SOCKET);
    try {
      return Providers.connect();
    } finally {
      if (previous == null) {
        System.clearProperty(Providers.HOST_PROPERTY);
      } else {
        System.setProperty(Providers.HOST_PROPERTY, previous);
      }
    }
  }

  /** Streams an image from one engine into the other unless it is there already. */
  private static void copy(Provider from, Provider to, String reference) {
    if (to.imageId(reference).isPresent()) {
      return;
    }
    try (InputStream archive = from.saveImage(reference)) {
      to.loadImage(archive);
    } catch (IOException e) {
      throw new UncheckedIOException("copying " + reference + " to podman", e);
    }
  }

  private static boolean podmanInstalled() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "podman")));
  }
}
