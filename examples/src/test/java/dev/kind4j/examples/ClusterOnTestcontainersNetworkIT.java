package dev.kind4j.examples;

import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromPod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.Kind;
import dev.kind4j.impl.testing.BuildTestImages;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A kind cluster and Testcontainers containers on one Testcontainers {@link Network}: a pod calls a container by its
 * network alias, and a container uses the API server through {@link Cluster#internalKubeconfig()}.
 *
 * <p>In your own project the containers' images may come from a registry; here everything is built locally first.
 */
@ExtendWith(BuildTestImages.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOnTestcontainersNetworkIT {

  /**
   * A pod of the web image, which has a shell and socat. It resolves names with its node's resolver, the engine's,
   * which knows the network's aliases: kind4j's offline node images run no cluster DNS.
   */
  private static final String CLIENT_POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: client
        labels:
          app: client
      spec:
        dnsPolicy: Default
        containers:
          - name: client
            image: kind4j-test/web:latest
            imagePullPolicy: Never
      """;

  private static Network network;
  private static GenericContainer<?> backend;
  private static Cluster cluster;

  @BeforeAll
  static void startContainerAndClusterOnOneNetwork() throws IOException {
    network = Network.newNetwork();
    backend = new GenericContainer<>(DockerImageName.parse(TestImages.WEB))
        .withNetwork(network).withNetworkAliases("backend");
    backend.start();
    cluster = Kind.cluster().name("kind4j-tc-network").image(TestImages.NODE).network(network.getId())
        .kubeconfigPath(Files.createTempDirectory("kind4j-example-").resolve("config")).create();
    cluster.loadImages(TestImages.WEB);
  }

  @AfterAll
  static void stopAll() {
    if (cluster != null) {
      cluster.close();
    }
    if (backend != null) {
      backend.stop();
    }
    if (network != null) {
      network.close();
    }
  }

  @Test
  @Order(1)
  void aPodReachesTheContainerByItsNetworkAlias() {
    cluster.controlPlane().exec(ExecRequest.builder("kubectl", "apply", "-f", "-").stdin(CLIENT_POD).build());
    cluster.waitForPodsReady("default", "app=client", Duration.ofMinutes(2));

    assertThat(httpGetFromPod(cluster, "client", "backend", 8080)).contains("hello from kind4j");
  }

  @Test
  @Order(2)
  void aContainerOnTheNetworkUsesTheApiServer() {
    try (GenericContainer<?> kubectl = new GenericContainer<>(DockerImageName.parse(TestImages.NODE))
        .withNetwork(network)
        .withCopyToContainer(Transferable.of(cluster.internalKubeconfig()), "/kubeconfig")
        .withCreateContainerCmdModifier(create -> create.withEntrypoint("kubectl"))
        .withCommand("--kubeconfig=/kubeconfig", "get", "nodes", "--output=name")
        .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(1)))) {
      kubectl.start();

      assertThat(kubectl.getLogs()).contains("node/kind4j-tc-network-control-plane");
    }
  }

  @Test
  @Order(3)
  void theNodesAreOnTheNetworkAndLeaveItInPlace() {
    String name = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId()).exec()
        .getName();
    assertThat(cluster.network()).isEqualTo(name);
    assertThat(cluster.controlPlane().ip()).isNotBlank();

    cluster.close();
    cluster = null;

    assertThat(DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId()).exec()
        .getName()).isEqualTo(name);
  }
}
