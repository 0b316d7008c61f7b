package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.assertHello;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFrom;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromHost;
import static dev.kind4j.impl.testing.KubectlAssertions.assertPodsReachEachOther;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 1+1 cluster on kind4j's own pod network survives a restart of both nodes, worker first so the engine may hand
 * out addresses in another order: the kubeconfig that {@code create()} wrote still works from this host, the
 * ports stay, the worker's routes follow the control plane's current address, and pods answer across nodes.
 */
class RestartIT {

  private static final String NAME = "kind4j-restart";
  private static final String WORKER = NAME + "-worker";
  private static final String CONTROL_PLANE = NAME + "-control-plane";
  private static final String CONFIG = """
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      nodes:
        - role: control-plane
        - role: worker
          extraPortMappings:
            - containerPort: 30080
              hostPort: 0
              listenAddress: 127.0.0.1
      """;

  private static Path kubeconfig;
  private static Path hostKubectl;
  private static Cluster cluster;
  private static String kubeconfigBefore;
  private static int apiPortBefore;
  private static int webPortBefore;
  private static List<String> addressesBefore;

  @BeforeAll
  static void createThenRestartBothNodes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
      kubeconfig = dir.resolve("config");
      Kind.clusters().delete(NAME, kubeconfig);
      cluster = Kind.cluster().name(NAME).image(TestImages.node().name()).config(CONFIG).kubeconfigPath(kubeconfig)
          .create();
      cluster.loadImages(TestImages.WEB);
      apply(cluster, "/manifests/web.yaml");
      apply(cluster, "/manifests/web-everywhere.yaml");
      kubectl(cluster, "rollout", "status", "deployment/web", "--timeout=180s");
      kubectl(cluster, "rollout", "status", "daemonset/web-everywhere", "--timeout=180s");
      cluster.controlPlane().copyOut("/usr/bin/kubectl", dir);
      hostKubectl = dir.resolve("kubectl");
      kubeconfigBefore = Files.readString(kubeconfig);
      apiPortBefore = cluster.apiServerPort();
      webPortBefore = cluster.hostPort(WORKER, 30080);
      assertHello(httpGetFromHost(webPortBefore));
      addressesBefore = List.of(engineAddress(engine, CONTROL_PLANE), engineAddress(engine, WORKER));

      engine.stop(WORKER, Duration.ofSeconds(30));
      engine.stop(CONTROL_PLANE, Duration.ofSeconds(30));
      // a container that takes an address while both nodes are down, so the engine must give them others
      engine.remove(NAME + "-squatter");
      String squatter = engine.run(ContainerSpec.builder(TestImages.nodeTag()).name(NAME + "-squatter").network("kind")
          .entrypoint("sleep", "infinity").build());
      try {
        engine.start(WORKER);
        engine.start(CONTROL_PLANE);
      } finally {
        engine.remove(squatter);
      }
    }
  }

  @AfterAll
  static void deleteCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theKubeconfigFromCreateStillWorksFromThisHostAndBothNodesAreReadyAgain() throws Exception {
    String nodes = hostKubectlUntil(Duration.ofMinutes(3), "wait", "--for=condition=Ready", "node", "--all",
        "--timeout=60s");
    assertThat(nodes).contains(CONTROL_PLANE).contains(WORKER);
    assertThat(Files.readString(kubeconfig)).isEqualTo(kubeconfigBefore);
    assertThat(cluster.apiServerPort()).isEqualTo(apiPortBefore);
  }

  @Test
  void theWorkersRoutesFollowTheControlPlanesCurrentAddress() throws Exception {
    hostKubectlUntil(Duration.ofMinutes(3), "wait", "--for=condition=Ready", "node", "--all", "--timeout=60s");
    String controlPlaneNow;
    try (Provider engine = Providers.connect()) {
      controlPlaneNow = engineAddress(engine, CONTROL_PLANE);
      System.out.printf("engine addresses before the restart %s, after [%s, %s]%n", addressesBefore, controlPlaneNow,
          engineAddress(engine, WORKER));
    }
    assertThat(controlPlaneNow).as("the control plane's engine address changed").isNotEqualTo(addressesBefore.get(0));
    Node worker = cluster.node(WORKER);
    awaitRoute(worker, "10.244.0.1", controlPlaneNow);
    awaitRoute(worker, "198.18.0.1", controlPlaneNow);
    assertThat(kubectl(cluster, "get", "node", WORKER, "-o=jsonpath={.spec.podCIDR}")).isEqualTo("10.244.1.0/24");
  }

  @Test
  void theDeploymentIsBackAndItsPodAnswersTheControlPlaneNodeAndTheHostOnTheSamePort() throws Exception {
    hostKubectlUntil(Duration.ofMinutes(3), "rollout", "status", "deployment/web", "--timeout=60s");
    eventually(() -> {
      // right after the restart the pod may still show its old address, or none, until kubelet has synced it
      String pod = kubectl(cluster, "get", "pods", "-l", "app=web", "-o=jsonpath={.items[0].status.podIP}");
      assertThat(kubectl(cluster, "get", "pods", "-l", "app=web", "-o=jsonpath={.items[0].spec.nodeName}"))
          .isEqualTo(WORKER);
      assertThat(pod).isNotBlank();
      assertHello(httpGetFrom(cluster.controlPlane(), pod, 8080));
    });
    assertThat(cluster.hostPort(WORKER, 30080)).isEqualTo(webPortBefore);
    assertHello(httpGetFromHost(webPortBefore));
  }

  @Test
  void podsOnBothNodesReachEachOtherAgain() throws Exception {
    hostKubectlUntil(Duration.ofMinutes(3), "rollout", "status", "daemonset/web-everywhere", "--timeout=60s");
    eventually(() -> assertThat(assertPodsReachEachOther(cluster, "app=web-everywhere")).isEqualTo(4));
  }

  /** Runs the assertions again until they pass, for up to five minutes; pods settle after a restart. */
  private static void eventually(Runnable assertions) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (true) {
      try {
        assertions.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(2000);
      }
    }
  }

  private static String engineAddress(Provider engine, String container) {
    return engine.inspect(container).addresses().get("kind");
  }

  /** Waits until the node routes {@code destination} via {@code gateway}. */
  private static void awaitRoute(Node node, String destination, String gateway) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    String route = "";
    while (System.nanoTime() < deadline) {
      route = node.tryExec(ExecRequest.builder("ip", "route", "get", destination)
          .timeout(Duration.ofSeconds(10)).build()).stdout();
      if (route.contains("via " + gateway + " ")) {
        return;
      }
      Thread.sleep(500);
    }
    assertThat(route).as("route from %s to %s", node.name(), destination).contains("via " + gateway + " ");
  }

  /** Runs kubectl on this host with the kubeconfig create() wrote until it succeeds; returns its output. */
  private static String hostKubectlUntil(Duration limit, String... arguments) throws IOException, InterruptedException {
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
      output = new String(process.getInputStream().readAllBytes());
      if (process.exitValue() == 0) {
        return output;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("kubectl " + String.join(" ", arguments) + " did not succeed within " + limit + ": "
        + output);
  }
}
