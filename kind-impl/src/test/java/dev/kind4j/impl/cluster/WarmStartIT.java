package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.assertPodsReachEachOther;
import static dev.kind4j.impl.testing.KubectlAssertions.awaitPodEnd;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.ProgressListener;
import dev.kind4j.Snapshot;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm starts: a 1+1 cluster created cold saves a snapshot, then two clusters start from it at the same time,
 * each isolated from the other and from the source, with pods across their nodes that resolve service names; a
 * changed config makes a new snapshot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarmStartIT {

  private static final String SOURCE = "kind4j-warm-source";
  private static final String A = "kind4j-warm-a";
  private static final String B = "kind4j-warm-b";

  private static Path kubeconfig;
  private static Cluster source;
  private static Cluster warmA;
  private static Cluster warmB;
  private static final List<String> STEPS = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void createASourceThenTwoWarmClustersAtOnce() throws IOException {
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
      TestImages.dnsTools(engine);
    }
    kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    for (String name : List.of(SOURCE, A, B, "kind4j-warm-single")) {
      Kind.clusters().delete(name, kubeconfig);
    }
    Kind.snapshots().deleteAll();
    source = create(SOURCE, 1, ProgressListener.NONE);
    ProgressListener steps = new ProgressListener() {
      @Override
      public void stepSucceeded(String step, Duration took) {
        STEPS.add(step);
      }
    };
    CompletableFuture<Cluster> a = CompletableFuture.supplyAsync(() -> create(A, 1, steps));
    CompletableFuture<Cluster> b = CompletableFuture.supplyAsync(() -> create(B, 1, steps));
    warmA = a.join();
    warmB = b.join();
  }

  private static Cluster create(String name, int workers, ProgressListener listener) {
    return Kind.cluster().name(name).image(TestImages.node().name()).workers(workers).warmStart(true)
        .progress(listener).kubeconfigPath(kubeconfig).create();
  }

  @AfterAll
  static void deleteClusters() {
    for (Cluster cluster : new Cluster[] {source, warmA, warmB}) {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  @Order(1)
  void theSourceSavedOneSnapshotAndBothWarmClustersStartedFromIt() {
    List<Snapshot> snapshots = Kind.snapshots().list();
    assertThat(snapshots).hasSize(1);
    assertThat(snapshots.get(0).images()).hasSize(2);
    try (Provider engine = Providers.connect()) {
      assertThat(snapshots.get(0).images()).allSatisfy(image -> assertThat(engine.imageLabels(image))
          .as("a snapshot image must not tie its containers to the source's create or JVM")
          .containsEntry(Labels.CREATE, "").containsEntry(Labels.SESSION, "").containsEntry(Labels.CLUSTER, ""));
    }
    assertThat(STEPS).filteredOn(step -> step.startsWith("Starting nodes from snapshot " + snapshots.get(0).key()))
        .hasSize(2);
    assertThat(STEPS).noneMatch(step -> step.startsWith("Starting control-plane") || step.startsWith("Saving snapshot"));
  }

  @Test
  @Order(2)
  void eachWarmClusterHasItsOwnContainersAndKindsNodeNamesAndAllNodesAreReady() {
    assertThat(warmA.nodes()).extracting(Node::name).containsExactly(A + "-control-plane", A + "-worker");
    assertThat(warmB.nodes()).extracting(Node::name).containsExactly(B + "-control-plane", B + "-worker");
    for (Cluster cluster : List.of(warmA, warmB)) {
      assertThat(kubectl(cluster, "wait", "--for=condition=Ready", "node", "--all", "--timeout=120s"))
          .contains("kind-control-plane").contains("kind-worker");
    }
    assertThat(warmA.apiServerPort()).isNotEqualTo(warmB.apiServerPort()).isNotEqualTo(source.apiServerPort());
    assertThat(kubeconfigText()).contains("kind-" + A).contains("kind-" + B).contains("kind-" + SOURCE);
  }

  @Test
  @Order(2)
  void theInternalKubeconfigWorksFromAnotherContainerOnTheNetwork() {
    Node elsewhere = source.controlPlane();
    elsewhere.write("/kind/warm-b.conf", warmB.internalKubeconfig().getBytes(java.nio.charset.StandardCharsets.UTF_8), 0600);

    assertThat(elsewhere.exec("kubectl", "--kubeconfig=/kind/warm-b.conf", "get", "nodes", "-o=name").stdout())
        .contains("node/kind-worker");
  }

  @Test
  @Order(3)
  void anObjectCreatedInOneIsAbsentInTheOthers() {
    kubectl(warmA, "create", "configmap", "only-in-a", "--from-literal=k=v");

    assertThat(kubectl(warmA, "get", "configmaps", "-o=name")).contains("only-in-a");
    assertThat(kubectl(warmB, "get", "configmaps", "-o=name")).doesNotContain("only-in-a");
    assertThat(kubectl(source, "get", "configmaps", "-o=name")).doesNotContain("only-in-a");
  }

  @Test
  @Order(4)
  void podsRunOnTheWorkerAndReachEachOtherAcrossNodes() {
    warmB.loadImages(TestImages.WEB);
    apply(warmB, "/manifests/web-everywhere.yaml");
    kubectl(warmB, "rollout", "status", "daemonset/web-everywhere", "--timeout=180s");
    assertThat(kubectl(warmB, "get", "pods", "-l", "app=web-everywhere", "-o=jsonpath={.items[*].spec.nodeName}"))
        .contains("kind-worker").contains("kind-control-plane");
    assertThat(assertPodsReachEachOther(warmB, "app=web-everywhere")).isEqualTo(4);
  }

  @Test
  @Order(4)
  void podsInAWarmClusterResolveServiceNames() {
    kubectl(warmB, "create", "service", "clusterip", "warm-dns", "--tcp=80:8080");
    String clusterIp = kubectl(warmB, "get", "service", "warm-dns", "-o=jsonpath={.spec.clusterIP}");
    warmB.loadImages(TestImages.DNS_TOOLS);
    kubectl(warmB, "run", "dns-check", "--image=" + TestImages.DNS_TOOLS, "--image-pull-policy=Never",
        "--restart=Never", "--command", "--", "sh", "-c", "i=0; while [ $i -lt 120 ]; do getent hosts "
            + "warm-dns.default.svc.cluster.local && getent hosts kubernetes.default && exit 0; sleep 1; i=$((i+1)); "
            + "done; exit 1");
    String phase = awaitPodEnd(warmB, "dns-check", Duration.ofMinutes(3));
    String answers = kubectl(warmB, "logs", "dns-check");
    assertThat(phase).as(answers).isEqualTo("Succeeded");
    assertThat(answers).contains(clusterIp + " ").contains("10.96.0.1 ");
  }

  @Test
  @Order(5)
  void logsExportAndCloseRemovesOnlyItsOwnContainers(@TempDir Path logs) {
    warmA.exportLogs(logs);
    assertThat(logs.resolve(A + "-worker").resolve("kubelet.log")).isNotEmptyFile();

    warmA.close();

    try (Provider engine = Providers.connect()) {
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, A))).isEmpty();
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, B))).hasSize(2);
    }
    assertThat(kubectl(warmB, "get", "nodes", "-o=name")).contains("kind-worker");
  }

  @Test
  @Order(6)
  void aChangedConfigMakesANewSnapshot() {
    try (Cluster single = create("kind4j-warm-single", 0, ProgressListener.NONE)) {
      assertThat(kubectl(single, "get", "nodes", "-o=name")).contains("kind-control-plane");
    }
    assertThat(Kind.snapshots().list()).hasSize(2).extracting(snapshot -> snapshot.images().size())
        .containsExactlyInAnyOrder(1, 2);
  }

  private static String kubeconfigText() {
    try {
      return Files.readString(kubeconfig);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
