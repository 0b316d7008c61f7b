package dev.kind4j.impl.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.impl.testing.KubectlAssertions;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * A cluster on podman, through its Docker-compatible API socket, as kind's podman provider runs them:
 * {@code scripts/setup-host} installs Debian's podman and starts rootful {@code podman system service} on
 * {@value #SOCKET}. The test images are copied from the Docker engine, which builds them. Skipped only where podman is
 * not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PodmanClusterIT {

  private static final String SOCKET = "unix:///run/podman/podman.sock";
  private static final String NAME = "kind4j-podman";

  private static Cluster cluster;
  private static List<String> volumes;

  @BeforeAll
  static void createClusterOnPodman() {
    assumeTrue(podmanInstalled(), "podman is not installed");
    String node = TestImages.node().name();
    try (Provider docker = Providers.connect(); Provider podman = podman()) {
      copy(docker, podman, node);
      copy(docker, podman, TestImages.web(docker));
    }
    System.setProperty(Providers.HOST_PROPERTY, SOCKET);
    Kind.clusters().delete(NAME);
    cluster = Kind.cluster().name(NAME).image(node).workers(1).create();
  }

  @AfterAll
  static void deleteCluster() {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      System.clearProperty(Providers.HOST_PROPERTY);
    }
  }

  @Test
  @Order(1)
  void bothNodesAreReadyOnPodman() {
    try (Provider podman = podman()) {
      List<ContainerSummary> nodes = podman.containersWithLabels(Map.of(Labels.CLUSTER, NAME));
      assertThat(nodes).extracting(ContainerSummary::name)
          .containsExactlyInAnyOrder(NAME + "-control-plane", NAME + "-worker");
      volumes = nodes.stream().flatMap(n -> podman.inspect(n.id()).volumes().stream()).toList();
    }
    String ready = cluster.controlPlane().exec("kubectl", "get", "nodes", "-o",
        "jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type==\"Ready\")].status} {end}").stdout();
    assertThat(ready.split(" ")).containsExactlyInAnyOrder(NAME + "-control-plane=True", NAME + "-worker=True");
  }

  @Test
  @Order(2)
  void aPodRunsOnTheWorker() {
    cluster.loadImages(TestImages.WEB);
    String worker = NAME + "-worker";
    // podman names a local image it was given unqualified localhost/…, and saves it under that name
    String onWorker = "{\"apiVersion\":\"v1\",\"spec\":{\"nodeName\":\"" + worker + "\"}}";
    cluster.controlPlane().exec("kubectl", "run", "web", "--image=localhost/" + TestImages.WEB,
        "--image-pull-policy=Never", "--labels=app=web", "--overrides=" + onWorker);
    cluster.waitForPodsReady("default", "app=web", Duration.ofMinutes(3));

    String ip = cluster.controlPlane().exec("kubectl", "get", "pod", "web", "-o", "jsonpath={.status.podIP}")
        .stdout().strip();
    assertThat(cluster.controlPlane().exec("kubectl", "get", "pod", "web", "-o", "jsonpath={.spec.nodeName}")
        .stdout()).isEqualTo(worker);
    assertThat(KubectlAssertions.httpGetFrom(cluster.controlPlane(), ip, 8080)).contains("hello from kind4j");
  }

  @Test
  @Order(3)
  void closeLeavesNothingInPodman() {
    cluster.close();
    cluster = null;

    try (Provider podman = podman()) {
      assertThat(podman.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).isEmpty();
      assertThat(volumes).isNotEmpty().noneMatch(podman::volumeExists);
    }
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
