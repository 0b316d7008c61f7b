package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.Kind;
import dev.kind4j.ProgressListener;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One cluster on the offline node image, which has no CoreDNS, gets kind4j's offline DNS: a pod resolves Services by
 * short name, name.namespace and FQDN, a headless Service to each ready pod, StatefulSet pods by name, SRV records of
 * named ports, {@code kubernetes.default}, and names outside the cluster through the node's resolver. Records follow a
 * new and a deleted Service within seconds, and DNS answers again after the node restarts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDnsIT {

  private static final String NAME = "kind4j-dns";
  private static final String NS = "dns-test";
  private static final String DOMAIN = "svc.cluster.local";
  /** A search domain for the nodes, which pods get after the cluster's own. */
  private static final String CONFIG = """
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      networking:
        dnsSearch: [kind4j.example]
      """;
  /** How long a record may take to follow a change, as the issue asks; propagation is measured and printed. */
  private static final Duration PROPAGATION = Duration.ofSeconds(5);

  private static final List<String> INFO = new CopyOnWriteArrayList<>();
  private static Cluster cluster;
  private static String tools;

  @BeforeAll
  static void createClusterWithServices() throws IOException {
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
      TestImages.dnsTools(engine);
    }
    Path kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    Kind.clusters().delete(NAME, kubeconfig);
    cluster = Kind.cluster().name(NAME).image(TestImages.node().name()).config(CONFIG).kubeconfigPath(kubeconfig)
        .progress(new ProgressListener() {
          @Override
          public void info(String message) {
            INFO.add(message);
          }
        }).create();
    cluster.loadImages(TestImages.WEB, TestImages.DNS_TOOLS);
    apply(cluster, "/manifests/dns.yaml");
    kubectl(cluster, "rollout", "status", "deployment/kind4j-dns", "-n", "kube-system", "--timeout=180s");
    kubectl(cluster, "rollout", "status", "statefulset/web", "-n", NS, "--timeout=180s");
    kubectl(cluster, "rollout", "status", "deployment/tools", "-n", NS, "--timeout=180s");
    tools = kubectl(cluster, "get", "pods", "-n", NS, "-l", "app=tools", "-o=jsonpath={.items[0].metadata.name}");
  }

  @AfterAll
  static void deleteCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void theCreateLogSaysWhichDnsAndWhyAndKubeDnsHasTheAddressKubeletHandsToPods() {
    assertThat(INFO).anyMatch(line -> line.contains("kind4j's offline DNS") && line.contains("no CoreDNS"));
    String kubeDns = kubectl(cluster, "get", "service", "kube-dns", "-n", "kube-system", "-o=jsonpath={.spec.clusterIP}");
    assertThat(inTools("cat", "/etc/resolv.conf")).contains("nameserver " + kubeDns)
        .containsPattern("search " + NS + "." + DOMAIN + " " + DOMAIN + " cluster.local .*kind4j.example");
  }

  @Test
  @Order(2)
  void aServiceResolvesByShortNameByNameAndNamespaceAndByFqdn() {
    String clusterIp = kubectl(cluster, "get", "service", "front", "-n", NS, "-o=jsonpath={.spec.clusterIP}");
    for (String name : List.of("front", "front." + NS, "front." + NS + "." + DOMAIN)) {
      assertThat(resolve(name)).as(name).containsExactly(clusterIp);
    }
  }

  @Test
  @Order(3)
  void aHeadlessServiceResolvesToEachReadyPod() {
    Set<String> podIps = Set.of(kubectl(cluster, "get", "pods", "-n", NS, "-l", "app=web",
        "-o=jsonpath={.items[*].status.podIP}").split(" "));
    assertThat(podIps).hasSize(2);
    assertThat(inTools("dig", "+short", "web." + NS + "." + DOMAIN, "A").lines()).containsExactlyInAnyOrderElementsOf(
        podIps);
  }

  @Test
  @Order(4)
  void statefulSetPodsResolveByName() {
    for (String pod : List.of("web-0", "web-1")) {
      String podIp = kubectl(cluster, "get", "pod", pod, "-n", NS, "-o=jsonpath={.status.podIP}");
      assertThat(resolve(pod + ".web." + NS + "." + DOMAIN)).containsExactly(podIp);
      assertThat(resolve(pod + ".web")).as("through the pod's search path").containsExactly(podIp);
      assertThat(resolve(pod)).as("through the search domain of the pod's dnsConfig").containsExactly(podIp);
    }
  }

  @Test
  @Order(5)
  void srvRecordsNameEachPortAndItsTargets() {
    // a headless Service's SRV records lead to each pod, so they carry the pods' port, as CoreDNS's do
    assertThat(inTools("dig", "+short", "_http._tcp.web." + NS + "." + DOMAIN, "SRV").lines())
        .containsExactlyInAnyOrder("0 100 8080 web-0.web." + NS + "." + DOMAIN + ".",
            "0 100 8080 web-1.web." + NS + "." + DOMAIN + ".");
    assertThat(inTools("dig", "+short", "_http._tcp.front." + NS + "." + DOMAIN, "SRV").strip())
        .isEqualTo("0 100 80 front." + NS + "." + DOMAIN + ".");
  }

  @Test
  @Order(6)
  void kubernetesDefaultResolves() {
    String apiServer = kubectl(cluster, "get", "service", "kubernetes", "-n", "default", "-o=jsonpath={.spec.clusterIP}");
    assertThat(resolve("kubernetes.default")).containsExactly(apiServer);
  }

  @Test
  @Order(7)
  void namesOutsideTheClusterGoToTheNodesResolver() {
    // the engine's DNS, which the node's resolv.conf leads to, knows the node container by name
    String nodeAddress = cluster.controlPlane().exec("sh", "-c", "getent ahostsv4 " + NAME + "-control-plane | head -1")
        .stdout().split("\\s+")[0];
    assertThat(resolve(NAME + "-control-plane")).containsExactly(nodeAddress);
  }

  @Test
  @Order(8)
  void aNewServiceResolvesWithinSecondsAndADeletedOneStopsResolving() {
    List<Long> appeared = new ArrayList<>();
    List<Long> vanished = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      appeared.add(propagation("kubectl create service clusterip late -n " + NS + " --tcp=80:8080", true));
      vanished.add(propagation("kubectl delete service late -n " + NS + " --wait=false", false));
    }
    System.out.printf("a new Service resolved in the pod %s ms after kubectl was started (median %d ms); a deleted one "
        + "stopped resolving after %s ms (median %d ms)%n", appeared, median(appeared), vanished, median(vanished));
  }

  /**
   * Runs {@code change} on the control-plane node while the tools pod polls the name {@code late} every 20 ms, and
   * returns the milliseconds from just before the change until the pod saw it resolve (or stop resolving), at most
   * {@link #PROPAGATION}. The node and its pods share one clock.
   */
  private static long propagation(String change, boolean resolves) {
    String fqdn = "late." + NS + "." + DOMAIN;
    long polls = (PROPAGATION.toMillis() + 2000) / 20;
    String loop = "i=0; while [ $i -lt " + polls + " ]; do if " + (resolves ? "" : "! ") + "getent hosts " + fqdn
        + " >/dev/null; then date +%s%N; exit 0; fi; i=$((i+1)); sleep 0.02; done; exit 1";
    CompletableFuture<ExecResult> watching = CompletableFuture.supplyAsync(() -> cluster.controlPlane().tryExec(
        ExecRequest.builder("kubectl", "exec", "-n", NS, tools, "--", "sh", "-c", loop)
            .timeout(Duration.ofSeconds(60)).build()));
    sleep(Duration.ofSeconds(1)); // the pod is polling by now
    long sent = Long.parseLong(cluster.controlPlane().exec("sh", "-c", "date +%s%N; " + change + " >/dev/null")
        .stdout().strip());
    ExecResult seen = watching.join();
    assertThat(seen.succeeded()).as("the pod saw '" + change + "' within " + PROPAGATION + ": " + seen).isTrue();
    long millis = (Long.parseLong(seen.stdout().strip()) - sent) / 1_000_000;
    assertThat(millis).as(change).isNotNegative().isLessThan(PROPAGATION.toMillis());
    return millis;
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  @Test
  @Order(9)
  void dnsAnswersAgainAfterTheNodeRestarts() {
    try (Provider engine = Providers.connect()) {
      engine.stop(NAME + "-control-plane", Duration.ofSeconds(30));
      engine.start(NAME + "-control-plane");
    }
    eventually(Duration.ofMinutes(4), () -> {
      kubectl(cluster, "rollout", "status", "deployment/kind4j-dns", "-n", "kube-system", "--timeout=30s");
      kubectl(cluster, "rollout", "status", "deployment/tools", "-n", NS, "--timeout=30s");
      tools = kubectl(cluster, "get", "pods", "-n", NS, "-l", "app=tools",
          "--field-selector=status.phase=Running", "-o=jsonpath={.items[0].metadata.name}");
      String clusterIp = kubectl(cluster, "get", "service", "front", "-n", NS, "-o=jsonpath={.spec.clusterIP}");
      assertThat(resolve("front")).containsExactly(clusterIp);
      assertThat(resolve("web-0.web")).containsExactly(
          kubectl(cluster, "get", "pod", "web-0", "-n", NS, "-o=jsonpath={.status.podIP}"));
    });
  }

  /** The addresses {@code getent hosts} gives for {@code name} in the tools pod. */
  private static List<String> resolve(String name) {
    ExecResult result = cluster.controlPlane().tryExec(ExecRequest.builder("kubectl", "exec", "-n", NS, tools,
        "--", "getent", "hosts", name).timeout(Duration.ofSeconds(60)).build());
    assertThat(result.succeeded()).as("getent hosts " + name + ": " + result).isTrue();
    return result.stdout().lines().map(line -> line.split("\\s+")[0]).toList();
  }

  private static String inTools(String... command) {
    List<String> full = new ArrayList<>(List.of("kubectl", "exec", "-n", NS, tools, "--"));
    full.addAll(List.of(command));
    return cluster.controlPlane().exec(ExecRequest.builder(full.toArray(String[]::new))
        .timeout(Duration.ofSeconds(60)).build()).stdout();
  }

  private static void eventually(Duration limit, Runnable check) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (RuntimeException | AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        sleep(Duration.ofSeconds(2));
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
