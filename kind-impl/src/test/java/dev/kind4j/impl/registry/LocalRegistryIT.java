package dev.kind4j.impl.registry;

import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromPod;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.Kind;
import dev.kind4j.KindException;
import dev.kind4j.Registry;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.session.SessionReaper;
import dev.kind4j.impl.testing.KubectlAssertions;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One cluster with containerd config patches (a TOML merge patch and a JSON patch) and a local registry wired in:
 * the patches are in the nodes' containerd config and in effect, and an image pushed from this host to the registry
 * runs as a pod, pulled by name with no image loaded into the nodes; after a restart of the node, both still hold.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRegistryIT {

  private static final String NAME = "kind4j-registry";
  private static final String CONFIG = """
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      containerdConfigPatches:
        - |-
          [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.kind4j-test]
            runtime_type = "io.containerd.runc.v2"
          [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.kind4j-test.options]
            SystemdCgroup = true
      containerdConfigPatchesJSON6902:
        - |
          - op: add
            path: /debug
            value:
              level: debug
      """;
  private static final String RUNTIME_CLASS = """
      apiVersion: node.k8s.io/v1
      kind: RuntimeClass
      metadata:
        name: kind4j-test
      handler: kind4j-test
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: %s
      spec:
        runtimeClassName: kind4j-test
        containers:
          - name: web
            image: %s
            imagePullPolicy: IfNotPresent
      """;

  private static Registry registry;
  private static Cluster cluster;
  private static String pushed;

  @BeforeAll
  static void startRegistryAndCluster() throws IOException, InterruptedException {
    String image = TestImages.node().name();
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
    }
    Kind.clusters().delete(NAME);
    registry = Kind.registry().start();
    pushed = registry.hostAddress() + "/app:1";
    docker("tag", TestImages.WEB, pushed);
    docker("push", pushed);
    Path kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    cluster = Kind.cluster().name(NAME).image(image).config(CONFIG).registry(registry).kubeconfigPath(kubeconfig)
        .create();
  }

  @AfterAll
  static void removeClusterRegistryAndTag() throws IOException, InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
    if (registry != null) {
      registry.close();
      docker("rmi", pushed);
    }
  }

  @Test
  @Order(1)
  void thePatchesAreInTheNodesContainerdConfigAndContainerdRunsWithThem() {
    String file = cluster.controlPlane().exec("cat", "/etc/containerd/config.toml").stdout();
    assertThat(file).contains("kind4j-test").contains("debug").contains("/etc/containerd/certs.d");
    String dump = cluster.controlPlane().exec("containerd", "config", "dump").stdout();
    assertThat(dump).contains("[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.kind4j-test]")
        .contains("level = \"debug\"");
  }

  @Test
  @Order(2)
  void anImagePushedFromTheHostRunsAsAPodOnThePatchedRuntime() {
    assertPulledAndServed("on-patched-runtime");
  }

  @Test
  @Order(4)
  void afterARestartTheNodeStillPullsFromTheRegistryOntoThePatchedRuntime() throws InterruptedException {
    kubectl(cluster, "delete", "pod", "on-patched-runtime", "--wait=true");
    for (String reference : cluster.controlPlane().exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout().lines()
        .filter(reference -> reference.startsWith(registry.hostAddress() + "/app")).toList()) {
      cluster.controlPlane().exec("ctr", "-n", "k8s.io", "images", "rm", reference);
    }
    try (Provider engine = Providers.connect()) {
      engine.stop(cluster.controlPlane().name(), Duration.ofSeconds(30));
      engine.start(cluster.controlPlane().name());
    }
    awaitApiServer();
    kubectl(cluster, "wait", "--for=condition=Ready", "node", "--all", "--timeout=180s");

    assertPulledAndServed("after-restart");
  }

  @Test
  @Order(5)
  void aClosedRegistryIsRefusedBeforeAnyNodeStarts() {
    Registry closed = Kind.registry().start();
    closed.close();

    assertThatThrownBy(() -> Kind.cluster().name(NAME + "-refused").image(TestImages.NODE).registry(closed).create())
        .isInstanceOf(KindException.class)
        .hasMessage("registry: " + closed.name() + " is not running; start one with Kind.registry().start() and "
            + "pass that, or drop registry(…)");
    assertThat(Kind.clusters().list()).doesNotContain(NAME + "-refused");
  }

  /** Runs a pod of the pushed image on the patched runtime, which must pull it, and checks it serves. */
  private static void assertPulledAndServed(String pod) {
    assertThat(cluster.controlPlane().exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout())
        .doesNotContain(registry.hostAddress() + "/app");
    KubectlAssertions.applyText(cluster, pod, RUNTIME_CLASS.formatted(pod, pushed));
    kubectl(cluster, "wait", "--for=condition=Ready", "pod/" + pod, "--timeout=120s");

    String imageId = kubectl(cluster, "get", "pod", pod, "-o=jsonpath={.status.containerStatuses[0].imageID}");
    assertThat(imageId).startsWith(registry.hostAddress() + "/app@sha256:");
    KubectlAssertions.assertHello(httpGetFromPod(cluster, pod, "127.0.0.1", 8080));
  }

  /** Waits up to three minutes for the API server to answer after the node restarted. */
  private static void awaitApiServer() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!cluster.controlPlane().tryExec(ExecRequest.builder("kubectl", "get", "--raw", "/readyz")
        .timeout(Duration.ofSeconds(20)).build()).succeeded()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the API server did not answer within 3 minutes of the restart");
      }
      Thread.sleep(2000);
    }
  }

  @Test
  @Order(3)
  void theRegistryIsOnTheClusterNetworkDocumentedAndReapedWithTheSession() {
    String hosting = kubectl(cluster, "get", "configmap", "local-registry-hosting", "-n", "kube-public",
        "-o=jsonpath={.data.localRegistryHosting\\.v1}");
    assertThat(hosting).contains("host: \"" + registry.hostAddress() + "\"");
    try (Provider engine = Providers.connect()) {
      var inspected = engine.inspect(registry.name());
      assertThat(inspected.addresses()).containsKey("kind");
      assertThat(inspected.labels()).containsAllEntriesOf(
          SessionReaper.labelsFor(engine, TestImages.BASE));
      assertThat(SessionReaper.labelKeys()).contains(Labels.SESSION);
    }
  }

  private static void docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + output);
    }
  }
}
