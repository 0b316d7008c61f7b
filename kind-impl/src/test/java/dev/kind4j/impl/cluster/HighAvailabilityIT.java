package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.ProgressListener;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.impl.util.Pause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three control planes behind kind's load balancer and one worker: every node is Ready, the API answers through the
 * load balancer from this host and from inside the cluster, a pod runs, and with the first control plane stopped the
 * other two keep etcd's quorum and the API answering through the load balancer. Started again on another address,
 * the first control plane is found there by the load balancer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HighAvailabilityIT {

  private static final String NAME = "kind4j-ha";
  private static final String LOAD_BALANCER = NAME + "-external-load-balancer";
  private static final String FIRST = NAME + "-control-plane";
  private static final String CONFIG = """
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      nodes:
        - role: control-plane
        - role: control-plane
        - role: control-plane
        - role: worker
      """;
  private static final Map<String, Duration> STEPS = new LinkedHashMap<>();

  private static Path kubeconfig;
  private static Path hostKubectl;
  private static Cluster cluster;
  private static String firstAddressBefore;

  @BeforeAll
  static void createThreeControlPlanesAndAWorker(@TempDir Path dir) {
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
    }
    kubeconfig = dir.resolve("config");
    Kind.clusters().delete(NAME, kubeconfig);
    ProgressListener steps = new ProgressListener() {
      @Override
      public void stepSucceeded(String step, Duration took) {
        STEPS.put(step, took);
        System.out.printf("✓ %s (%.1f s)%n", step, took.toMillis() / 1000.0);
      }

      @Override
      public void info(String message) {
        System.out.println(message);
      }
    };
    long start = System.nanoTime();
    cluster = Kind.cluster().name(NAME).image(TestImages.node().name()).config(CONFIG).kubeconfigPath(kubeconfig)
        .progress(steps).create();
    System.out.printf("HA create (3 control planes + 1 worker) took %d ms; steps: %s%n",
        Duration.ofNanos(System.nanoTime() - start).toMillis(), STEPS);
    cluster.controlPlane().copyOut("/usr/bin/kubectl", dir);
    hostKubectl = dir.resolve("kubectl");
  }

  @AfterAll
  static void deleteCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void everyNodeIsReadyThroughTheLoadBalancerWhichIsNoNode() throws Exception {
    String ready = hostKubectl(Duration.ofMinutes(3), "wait", "--for=condition=Ready", "node", "--all",
        "--timeout=120s");
    assertThat(ready.lines()).hasSize(4);
    assertThat(cluster.nodes()).extracting(Node::name).containsExactly(NAME + "-control-plane",
        NAME + "-control-plane2", NAME + "-control-plane3", NAME + "-worker");
    assertThat(STEPS.keySet()).contains("Configuring the external load balancer ⚖️",
        "Joining more control-plane nodes 🎮", "Joining worker nodes 🚜");
    try (Provider engine = Providers.connect()) {
      int published = engine.publishedPort(LOAD_BALANCER, 6443, "tcp").port();
      assertThat(Files.readString(kubeconfig)).contains("server: https://127.0.0.1:" + published);
      assertThat(cluster.apiServerPort()).isEqualTo(published);
      Map<String, String> labels = engine.inspect(LOAD_BALANCER).labels();
      assertThat(labels).containsEntry(Labels.CLUSTER, NAME).containsEntry(Labels.ROLE, "external-load-balancer")
          .containsKey(Labels.CREATE).containsKey(Labels.SESSION);
    }
    assertThat(kubectl(cluster, "get", "nodes", "-l", "node-role.kubernetes.io/master", "-o=name").lines())
        .hasSize(3);
    // kubeadm 1.20 asks etcd 100Mi of ephemeral storage, which a joining node's fresh kubelet may refuse for good
    String requests = "-o=jsonpath={.spec.containers[0].resources.requests}";
    assertThat(mirrorPod("etcd-" + FIRST, requests)).contains("ephemeral-storage");
    assertThat(mirrorPod("etcd-" + NAME + "-control-plane2", requests)).contains("cpu")
        .doesNotContain("ephemeral-storage");
  }

  /** A static pod as the API shows it: kubelet posts that mirror some moments after the pod starts. */
  private static String mirrorPod(String name, String output) {
    ExecRequest get = ExecRequest.builder("kubectl", "-n", "kube-system", "get", "pod", name, output).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    ExecResult found = cluster.controlPlane().tryExec(get);
    while (!found.succeeded() && System.nanoTime() < deadline) {
      Pause.between(Duration.ofMillis(500), "waiting for pod " + name);
      found = cluster.controlPlane().tryExec(get);
    }
    return found.orThrow().stdout();
  }

  @Test
  @Order(2)
  void theInternalKubeconfigReachesTheApiThroughTheLoadBalancerAndAPodRuns() {
    assertThat(cluster.internalKubeconfig()).contains("server: https://" + LOAD_BALANCER + ":6443");
    Node worker = cluster.node(NAME + "-worker");
    worker.write("/kind/internal.conf", cluster.internalKubeconfig().getBytes(StandardCharsets.UTF_8), 0600);
    assertThat(worker.exec(ExecRequest.builder("kubectl", "--kubeconfig=/kind/internal.conf", "get",
        "nodes", "-o=name").timeout(Duration.ofMinutes(1)).build()).stdout().lines()).hasSize(4);
    cluster.loadImages(TestImages.WEB);
    apply(cluster, "/manifests/web.yaml");
    kubectl(cluster, "rollout", "status", "deployment/web", "--timeout=180s");
  }

  @Test
  @Order(3)
  void withTheFirstControlPlaneStoppedTheApiStillAnswersAndWritesThroughTheLoadBalancer() throws Exception {
    try (Provider engine = Providers.connect()) {
      firstAddressBefore = engineAddress(engine, FIRST);
      engine.stop(FIRST, Duration.ofSeconds(30));
    }
    assertThat(hostKubectl(Duration.ofMinutes(2), "get", "--raw=/healthz")).isEqualTo("ok");
    hostKubectl(Duration.ofMinutes(2), "create", "configmap", "written-after-the-stop", "--from-literal=quorum=2of3");
    assertThat(hostKubectl(Duration.ofMinutes(1), "get", "configmap", "written-after-the-stop",
        "-o=jsonpath={.data.quorum}")).isEqualTo("2of3");
    assertThat(hostKubectl(Duration.ofMinutes(1), "get", "deployment", "web", "-o=jsonpath={.status.readyReplicas}"))
        .isEqualTo("1");
  }

  @Test
  @Order(4)
  void startedAgainOnAnotherAddressTheFirstControlPlaneIsFoundThereByTheLoadBalancer() throws Exception {
    String firstAddressNow;
    try (Provider engine = Providers.connect()) {
      // a container that takes an address while the control plane is down, so the engine must give it another
      engine.remove(NAME + "-squatter");
      String squatter = engine.run(ContainerSpec.builder(TestImages.NODE).name(NAME + "-squatter").network("kind")
          .entrypoint("sleep", "infinity").build());
      try {
        engine.start(FIRST);
      } finally {
        engine.remove(squatter);
      }
      firstAddressNow = engineAddress(engine, FIRST);
      assertThat(firstAddressNow).as("the first control plane's engine address changed")
          .isNotEqualTo(firstAddressBefore);
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      String logs = "";
      while (System.nanoTime() < deadline && !followed(logs = engine.logs(LOAD_BALANCER), firstAddressNow)) {
        Thread.sleep(1000);
      }
      System.out.printf("first control plane at %s before its restart, at %s after; the load balancer's log:%n%s%n",
          firstAddressBefore, firstAddressNow, logs);
      assertThat(followed(logs, firstAddressNow)).as("the load balancer took the new address and found it UP").isTrue();
    }
    hostKubectl(Duration.ofMinutes(3), "wait", "--for=condition=Ready", "node/" + FIRST, "--timeout=60s");
  }

  /** Whether haproxy logged the first control plane's new address, and last that the server is up. */
  private static boolean followed(String logs, String address) {
    List<String> lines = logs.lines().filter(line -> line.contains("kube-apiservers/" + FIRST + " ")).toList();
    return lines.stream().anyMatch(line -> line.contains(" " + address + " "))
        && !lines.isEmpty() && lines.get(lines.size() - 1).contains(" is UP");
  }

  private static String engineAddress(Provider engine, String container) {
    return engine.inspect(container).addresses().get("kind");
  }

  @Test
  @Order(5)
  void deletingTheClusterRemovesTheLoadBalancerToo() {
    cluster.delete();
    try (Provider engine = Providers.connect()) {
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).isEmpty();
    }
  }

  /** Runs kubectl on this host with the kubeconfig create() wrote until it succeeds; returns its output. */
  private static String hostKubectl(Duration limit, String... arguments) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    String output = "";
    while (System.nanoTime() < deadline) {
      List<String> command = new ArrayList<>(List.of(hostKubectl.toString(), "--kubeconfig=" + kubeconfig,
          "--context=kind-" + NAME, "--request-timeout=20s"));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
      }
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.exitValue() == 0) {
        return output;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("kubectl " + String.join(" ", arguments) + " did not succeed within " + limit + ": "
        + output);
  }
}
