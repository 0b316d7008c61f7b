package dev.kind4j.impl.registry;

import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromPod;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.Registry;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.engine.Labels;
import dev.kind4j.impl.session.SessionReaper;
import dev.kind4j.impl.testing.KubectlAssertions;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One cluster with containerd config patches (a TOML merge patch and a JSON patch) and a local registry wired in:
 * the patches are in the nodes' containerd config and in effect, and an image pushed from this host to the registry
 * runs as a pod, pulled by name with no image loaded into the nodes.
 */
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
        name: on-patched-runtime
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
    try (DockerEngine engine = DockerEngine.connect()) {
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
  void thePatchesAreInTheNodesContainerdConfigAndContainerdRunsWithThem() {
    String file = cluster.controlPlane().exec("cat", "/etc/containerd/config.toml").stdout();
    assertThat(file).contains("kind4j-test").contains("debug").contains("/etc/containerd/certs.d");
    String dump = cluster.controlPlane().exec("containerd", "config", "dump").stdout();
    assertThat(dump).contains("[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.kind4j-test]")
        .contains("level = \"debug\"");
  }

  @Test
  void anImagePushedFromTheHostRunsAsAPodOnThePatchedRuntime() {
    assertThat(cluster.controlPlane().exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout())
        .doesNotContain(pushed);
    KubectlAssertions.applyText(cluster, "on-patched-runtime", RUNTIME_CLASS.formatted(pushed));
    kubectl(cluster, "wait", "--for=condition=Ready", "pod/on-patched-runtime", "--timeout=120s");

    String imageId = kubectl(cluster, "get", "pod", "on-patched-runtime",
        "-o=jsonpath={.status.containerStatuses[0].imageID}");
    assertThat(imageId).startsWith(registry.hostAddress() + "/app@sha256:");
    KubectlAssertions.assertHello(httpGetFromPod(cluster, "on-patched-runtime", "127.0.0.1", 8080));
  }

  @Test
  void theRegistryIsOnTheClusterNetworkDocumentedAndReapedWithTheSession() {
    String hosting = kubectl(cluster, "get", "configmap", "local-registry-hosting", "-n", "kube-public",
        "-o=jsonpath={.data.localRegistryHosting\\.v1}");
    assertThat(hosting).contains("host: \"" + registry.hostAddress() + "\"");
    try (DockerEngine engine = DockerEngine.connect()) {
      var inspected = engine.inspect(registry.name());
      assertThat(inspected.getNetworkSettings().getNetworks()).containsKey("kind");
      assertThat(inspected.getConfig().getLabels()).containsAllEntriesOf(
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
