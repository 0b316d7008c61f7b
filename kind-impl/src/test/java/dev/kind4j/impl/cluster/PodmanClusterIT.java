package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.assertHello;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFrom;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.Podman;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
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

/**
 * A 1+1 cluster on podman ({@code scripts/setup-host} starts rootful {@code podman system service}), created with
 * kind4j pointed at podman's socket as {@code DOCKER_HOST} would point it: both nodes Ready, an image loaded from
 * podman, a pod on the worker answering, and {@code close()} leaving nothing in podman. The node and web images are
 * copied from the Docker engine, which builds them. Skipped only where podman is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PodmanClusterIT {

  private static final String NAME = "kind4j-podman";

  private static Provider podman;
  private static Cluster cluster;
  private static List<String> volumes;

  @BeforeAll
  static void createOnPodman() throws IOException {
    assumeTrue(Podman.installed(), "podman is not installed");
    String web;
    try (Provider docker = Providers.connect()) {
      web = TestImages.web(docker);
    }
    // built on Docker: asked for on podman, the node image would be built there again from the base image up
    String node = TestImages.node().name();
    podman = Podman.connect();
    Podman.copyFromDocker(podman, node, web);
    Path kubeconfig = Files.createTempDirectory("kind4j-podman-").resolve("config");
    Podman.onPodman(() -> {
      Kind.clusters().delete(NAME, kubeconfig);
      cluster = Kind.cluster().name(NAME).image(node).workers(1).kubeconfigPath(kubeconfig).create();
      return cluster;
    });
  }

  @AfterAll
  static void cleanUp() {
    if (cluster != null) {
      cluster.close();
    }
    if (podman != null) {
      podman.containersWithLabels(Map.of(Labels.CLUSTER, NAME)).forEach(c -> podman.remove(c.id()));
      podman.close();
    }
  }

  @Test
  @Order(1)
  void bothNodesAreReadyOnPodman() {
    assertThat(kubectl(cluster, "get", "nodes", "-o=name").lines())
        .containsExactly("node/" + NAME + "-control-plane", "node/" + NAME + "-worker");
    assertThat(podman.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).hasSize(2);
  }

  @Test
  @Order(2)
  void aPodFromAnImageLoadedFromPodmanAnswersOnTheWorker() {
    cluster.loadImages(TestImages.WEB);
    apply(cluster, "/manifests/web.yaml");
    cluster.waitForRollout("default", "web", Duration.ofMinutes(3));

    assertThat(kubectl(cluster, "get", "pods", "-l", "app=web", "-o=jsonpath={.items[*].spec.nodeName}"))
        .isEqualTo(NAME + "-worker");
    String serviceIp = kubectl(cluster, "get", "service", "web", "-o=jsonpath={.spec.clusterIP}");
    assertHello(httpGetFrom(cluster.controlPlane(), serviceIp, 80));
  }

  @Test
  @Order(3)
  void closingLeavesNothingInPodman() {
    volumes = podman.containersWithLabels(Map.of(Labels.CLUSTER, NAME)).stream()
        .flatMap(container -> podman.inspect(container.id()).volumes().stream()).toList();
    assertThat(volumes).as("the nodes' /var volumes").hasSize(2);

    cluster.close();

    assertThat(podman.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).isEmpty();
    assertThat(volumes).noneMatch(podman::volumeExists);
  }
}
