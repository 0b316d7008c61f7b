package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.assertHello;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFrom;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromHost;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromPod;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One single-node cluster on kind4j's offline node image, shared by the tests of this class. */
class SingleNodeClusterIT {

  private static Path kubeconfig;
  private static Path shared;
  private static int hostPort;
  private static Cluster cluster;

  @BeforeAll
  static void createCluster() throws IOException {
    String image = TestImages.node().name();
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
    }
    kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    shared = Files.createTempDirectory("kind4j-it-mount-");
    Files.writeString(shared.resolve("from-host.txt"), "hello node");
    hostPort = freePort();
    String config = """
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          dnsSearch: [kind4j.test]
        nodes:
          - role: control-plane
            extraMounts:
              - hostPath: %s
                containerPath: /mnt/host
                readOnly: true
            extraPortMappings:
              - containerPort: 30080
                hostPort: %d
                listenAddress: 127.0.0.1
        """.formatted(shared, hostPort);
    Kind.clusters().delete("kind4j-single", kubeconfig);
    cluster = Kind.cluster().name("kind4j-single").image(image).config(config).kubeconfigPath(kubeconfig).create();
    cluster.loadImages(TestImages.WEB);
    apply(cluster, "/manifests/web.yaml");
    kubectl(cluster, "rollout", "status", "deployment/web", "--timeout=180s");
  }

  @AfterAll
  static void deleteCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void extraMountsAndDnsSearchReachTheNode() {
    Node node = cluster.controlPlane();
    assertThat(node.exec("cat", "/mnt/host/from-host.txt").stdout()).isEqualTo("hello node");
    assertThat(node.tryExec("touch", "/mnt/host/written").succeeded()).isFalse();
    assertThat(node.exec("cat", "/etc/resolv.conf").stdout()).contains("search kind4j.test");
  }

  @Test
  void theNodeIsReady() {
    assertThat(kubectl(cluster, "get", "node", "kind4j-single-control-plane",
        "-o=jsonpath={.status.conditions[?(@.type==\"Ready\")].status}")).isEqualTo("True");
  }

  @Test
  void aPodServesThroughItsClusterIpService() {
    String clusterIp = kubectl(cluster, "get", "service", "web", "-o=jsonpath={.spec.clusterIP}");
    String pod = kubectl(cluster, "get", "pods", "-l", "app=web", "-o=jsonpath={.items[0].metadata.name}");
    assertHello(httpGetFromPod(cluster, pod, clusterIp, 80));
  }

  @Test
  void aPodServesThroughANodePort() {
    Node node = cluster.controlPlane();
    String nodeIp = kubectl(cluster, "get", "node", node.name(),
        "-o=jsonpath={.status.addresses[?(@.type==\"InternalIP\")].address}");
    assertHello(httpGetFrom(node, nodeIp, 30080));
  }

  @Test
  void aPodServesTheHostThroughAnExtraPortMapping() {
    assertHello(httpGetFromHost(hostPort));
  }

  @Test
  void theKubeconfigHasTheContextAndIsPrivate() throws IOException {
    assertThat(Files.readString(kubeconfig)).contains("kind-kind4j-single").contains("https://127.0.0.1:" + cluster.apiServerPort());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kubeconfig))).isEqualTo("rw-------");
    assertThat(cluster.kubeconfig()).contains("current-context: kind-kind4j-single");
  }

  @Test
  void exportsLogsInKindsLayout(@org.junit.jupiter.api.io.TempDir Path logs) {
    cluster.exportLogs(logs);
    Path node = logs.resolve("kind4j-single-control-plane");
    assertThat(logs.resolve("docker-info.txt")).isNotEmptyFile();
    assertThat(node.resolve("journal.log")).isNotEmptyFile();
    assertThat(node.resolve("kubelet.log")).content().contains("kubelet");
    assertThat(node.resolve("containerd.log")).isNotEmptyFile();
    assertThat(node.resolve("inspect.json")).content().contains("kind4j-single-control-plane");
    assertThat(node.resolve("pods")).isDirectory();
  }

  @Test
  void loadingAnImageTheNodesHoldAgainIsANoOp() {
    long start = System.nanoTime();
    cluster.loadImages(TestImages.WEB);
    assertThat(Kind.clusters().list()).contains("kind4j-single");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
