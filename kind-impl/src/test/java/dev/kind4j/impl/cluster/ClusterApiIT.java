package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.Kind;
import dev.kind4j.KindException;
import dev.kind4j.Node;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a test author reaches for on one shared single-node cluster: addresses, exec with input, and waits. */
class ClusterApiIT {

  private static final String NAME = "kind4j-api";

  private static Cluster cluster;
  private static Node node;

  @BeforeAll
  static void createCluster() throws IOException {
    String image = TestImages.node().name();
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
    }
    Path kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    Kind.clusters().delete(NAME, kubeconfig);
    cluster = Kind.cluster().name(NAME).image(image).kubeconfigPath(kubeconfig).create();
    cluster.loadImages(TestImages.WEB);
    node = cluster.controlPlane();
  }

  @AfterAll
  static void deleteCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void apiServerUrlIsTheOneTheKubeconfigNames() {
    assertThat(cluster.apiServerUrl()).isEqualTo("https://127.0.0.1:" + cluster.apiServerPort());
    assertThat(cluster.kubeconfig()).contains("server: " + cluster.apiServerUrl());
  }

  @Test
  void nodesAreOnKindsNetworkAtTheirOwnAddress() {
    assertThat(cluster.network()).isEqualTo("kind");
    assertThat(node.ip()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(node.exec("ip", "-4", "-o", "address", "show", "dev", "eth0").stdout()).contains(" " + node.ip() + "/");
  }

  @Test
  void aNetworkThatDoesNotExistIsRefusedBeforeAnyNodeStarts() {
    assertThatThrownBy(() -> Kind.cluster().name("kind4j-api-nonet").image(TestImages.NODE)
        .network("kind4j-no-such-network").create())
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("network: the engine has no network named 'kind4j-no-such-network' or with that ID");
    assertThat(Kind.clusters().list()).doesNotContain("kind4j-api-nonet");
  }

  @Test
  void execPassesStandardInputAndEnvironmentAndLeavesNoFileBehind() {
    ExecResult result = node.exec(ExecRequest.builder("sh", "-c", "cat; echo \"$GREETING\"")
        .stdin("line one\nline two\n").env("GREETING", "hello from env").timeout(Duration.ofSeconds(30)).build());

    assertThat(result.stdout()).isEqualTo("line one\nline two\nhello from env\n");
    assertThat(result.command()).containsExactly("sh", "-c", "cat; echo \"$GREETING\"");
    assertThat(node.exec("find", "/kind/stdin", "-type", "f").stdout()).isEmpty();
  }

  @Test
  void execThrowsOnAFailedCommandAndTryExecReturnsIt() {
    ExecResult failed = node.tryExec("sh", "-c", "echo oops >&2; exit 3");
    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(failed.stderr()).isEqualTo("oops\n");

    assertThatThrownBy(() -> node.exec("sh", "-c", "echo oops >&2; exit 3"))
        .isInstanceOf(KindException.class).hasMessageContaining("exited with 3").hasMessageContaining("oops");
  }

  @Test
  void waitsForAManifestAppliedThroughStandardInput() throws IOException {
    byte[] manifest;
    try (InputStream in = ClusterApiIT.class.getResourceAsStream("/manifests/web.yaml")) {
      manifest = in.readAllBytes();
    }
    node.exec(ExecRequest.builder("kubectl", "apply", "-f", "-").stdin(manifest).build());

    // right after the apply no pod may exist yet: the wait waits for them to appear too
    cluster.waitForPodsReady("default", "app=web", Duration.ofMinutes(3));
    assertThat(kubectl(cluster, "get", "pods", "--selector=app=web",
        "-o=jsonpath={.items[*].status.conditions[?(@.type==\"Ready\")].status}")).isEqualTo("True");
    cluster.waitForRollout("default", "web", Duration.ofMinutes(1));
    assertThat(kubectl(cluster, "get", "deployment", "web", "-o=jsonpath={.status.updatedReplicas}")).isEqualTo("1");
  }

  @Test
  void waitsFailWithTheStateTheyFound() {
    assertThatThrownBy(() -> cluster.waitForPodsReady("default", "app=absent", Duration.ofSeconds(3)))
        .isInstanceOf(KindException.class).hasMessageContaining("pods 'app=absent' in namespace default were not all "
            + "Ready within PT3S");
    assertThatThrownBy(() -> cluster.waitForRollout("default", "absent", Duration.ofSeconds(5)))
        .isInstanceOf(KindException.class).hasMessageContaining("deployment absent").hasMessageContaining("not found");
  }
}
