package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.apply;
import static dev.kind4j.impl.testing.KubectlAssertions.applyText;
import static dev.kind4j.impl.testing.KubectlAssertions.awaitPodEnd;
import static dev.kind4j.impl.testing.KubectlAssertions.assertPodsReachEachOther;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.KindException;
import dev.kind4j.Node;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A three-node cluster created at the same time as a second, single-node one, both merging into
 * one kubeconfig; then pod traffic across nodes, deletion, and failed creates, one of them on a network without
 * container-name DNS.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeClusterIT {

  private static final String THREE = "kind4j-three";
  private static final String SECOND = "kind4j-second";

  private static Path kubeconfig;
  private static Cluster three;
  private static Cluster second;

  @BeforeAll
  static void createTwoClustersAtOnce() throws IOException {
    String image = TestImages.node().name();
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
    }
    kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    Kind.clusters().delete(THREE, kubeconfig);
    Kind.clusters().delete(SECOND, kubeconfig);
    CompletableFuture<Cluster> threeNodes = CompletableFuture.supplyAsync(() ->
        Kind.cluster().name(THREE).image(image).workers(2).kubeconfigPath(kubeconfig).create());
    CompletableFuture<Cluster> oneNode = CompletableFuture.supplyAsync(() ->
        Kind.cluster().name(SECOND).image(image).kubeconfigPath(kubeconfig).create());
    three = threeNodes.join();
    second = oneNode.join();
  }

  @AfterAll
  static void deleteClusters() {
    for (Cluster cluster : new Cluster[] {three, second}) {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  @Order(1)
  void bothClustersWorkAndShareOneKubeconfig() throws IOException {
    assertThat(kubectl(three, "get", "nodes", "-o=name").lines()).hasSize(3);
    assertThat(kubectl(second, "get", "nodes", "-o=name").lines()).hasSize(1);
    assertThat(Files.readString(kubeconfig)).contains("name: kind-" + THREE).contains("name: kind-" + SECOND);
    assertThat(three.nodes()).extracting(Node::name)
        .containsExactly(THREE + "-control-plane", THREE + "-worker", THREE + "-worker2");
  }

  /**
   * A node that holds the image already is skipped: worker2 gets it imported without unpacking, which an import by
   * {@code loadImages} would do, so it stays unpacked there only, and containerd unpacks it when the pod starts.
   */
  @Test
  @Order(2)
  void imagesLoadIntoEveryNodeLackingThemAndPodsOnEveryNodeReachEachOther() throws IOException {
    Node holder = three.nodes().get(2);
    Path archive = Files.createTempFile("kind4j-web-", ".tar");
    try (Provider engine = Providers.connect(); InputStream saved = engine.saveImage(TestImages.WEB)) {
      Files.copy(saved, archive, StandardCopyOption.REPLACE_EXISTING);
      holder.copyIn(archive, "/kind/web.tar");
      holder.exec("ctr", "--namespace=k8s.io", "images", "import", "--no-unpack", "/kind/web.tar");
      holder.exec("rm", "/kind/web.tar");
    } finally {
      Files.delete(archive);
    }

    three.loadImages(TestImages.WEB);

    assertThat(three.nodes()).allSatisfy(node -> assertThat(unpacked(node, TestImages.WEB))
        .as("unpacked on " + node.name()).isEqualTo(!node.name().equals(holder.name())));
    apply(three, "/manifests/web-everywhere.yaml");
    kubectl(three, "rollout", "status", "daemonset/web-everywhere", "--timeout=180s");
    List<String> nodes = List.of(kubectl(three, "get", "pods", "-l", "app=web-everywhere",
        "-o=jsonpath={.items[*].spec.nodeName}").split(" "));
    assertThat(nodes).containsExactlyInAnyOrder(THREE + "-control-plane", THREE + "-worker", THREE + "-worker2");
    assertThat(assertPodsReachEachOther(three, "app=web-everywhere")).isEqualTo(9);
  }

  /** Whether the node's containerd has the image unpacked into its snapshotter, as {@code ctr images check} says. */
  private static boolean unpacked(Node node, String image) {
    String name = "docker.io/" + image;
    String line = node.exec("ctr", "--namespace=k8s.io", "images", "check", "name==" + name).stdout().lines()
        .filter(l -> l.startsWith(name + " ")).findFirst()
        .orElseThrow(() -> new AssertionError(image + " is not on " + node.name()));
    return Boolean.parseBoolean(line.substring(line.lastIndexOf(' ') + 1));
  }

  /** As {@code kind load docker-image --nodes}: only the named node gets the image, and a pod there runs it. */
  @Test
  @Order(3)
  void imagesLoadIntoTheNamedNodesOnly() {
    String worker = THREE + "-worker";
    try (Provider engine = Providers.connect()) {
      TestImages.tiny(engine);
    }

    three.loadImages(List.of(worker), TestImages.TINY);

    String name = "docker.io/" + TestImages.TINY;
    assertThat(three.nodes()).allSatisfy(node -> assertThat(node.exec("ctr", "--namespace=k8s.io", "images", "list",
        "-q", "name==" + name).stdout().lines().toList()).as(node.name())
        .isEqualTo(node.name().equals(worker) ? List.of(name) : List.of()));
    applyText(three, "tiny-on-worker.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: tiny-on-worker
        spec:
          nodeName: %s
          restartPolicy: Never
          containers:
            - name: tiny
              image: %s
              imagePullPolicy: Never
        """.formatted(worker, TestImages.TINY));
    assertThat(awaitPodEnd(three, "tiny-on-worker", Duration.ofMinutes(2))).as("phase of pod tiny-on-worker")
        .isEqualTo("Succeeded");
    assertThat(kubectl(three, "logs", "tiny-on-worker")).isEqualTo("hello from tiny\n");
    assertThatThrownBy(() -> three.loadImages(List.of(worker, THREE + "-wrker"), TestImages.TINY))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("nodes: cluster " + THREE + " has no node named " + THREE + "-wrker");
  }

  @Test
  @Order(3)
  void aSecondClusterOfTheSameNameIsRefused() {
    assertThatThrownBy(() -> Kind.cluster().name(SECOND).image(TestImages.nodeTag()).kubeconfigPath(kubeconfig).create())
        .isInstanceOf(KindException.class).hasMessageContaining("already exists");
  }

  @Test
  @Order(4)
  void deletingLeavesNoContainerVolumeOrKubeconfigEntry() throws IOException {
    List<String> volumes;
    try (Provider engine = Providers.connect()) {
      volumes = engine.containersWithLabels(Map.of(Labels.CLUSTER, SECOND)).stream()
          .flatMap(c -> engine.inspect(c.id()).volumes().stream()).toList();
      assertThat(volumes).isNotEmpty();

      second.delete();

      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, SECOND))).isEmpty();
      assertThat(volumes).noneMatch(engine::volumeExists);
    }
    assertThat(Kind.clusters().list()).doesNotContain(SECOND).contains(THREE);
    String config = Files.readString(kubeconfig);
    assertThat(config).doesNotContain("kind-" + SECOND).contains("kind-" + THREE);
  }

  /** Valid config whose kubeadm patch only fails when applied, after the nodes have started. */
  private static final String FAILS_AFTER_NODES_START = """
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      kubeadmConfigPatchesJSON6902:
        - group: kubeadm.k8s.io
          version: v1beta2
          kind: ClusterConfiguration
          patch: |
            - op: remove
              path: /no/such/field
      """;

  @Test
  @Order(5)
  void aFailedCreateLeavesNothingBehind() {
    assertThatThrownBy(() -> Kind.cluster().name("kind4j-broken").image(TestImages.nodeTag()).config(FAILS_AFTER_NODES_START)
        .kubeconfigPath(kubeconfig).create())
        .isInstanceOf(KindException.class).hasMessageContaining("/no/such/field");
    try (Provider engine = Providers.connect()) {
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, "kind4j-broken"))).isEmpty();
    }
  }

  @Test
  @Order(6)
  void aFailedCreateKeepsItsNodesWhenAskedAndDeleteByNameRemovesThem() {
    assertThatThrownBy(() -> Kind.cluster().name("kind4j-kept").image(TestImages.nodeTag()).config(FAILS_AFTER_NODES_START)
        .retainOnFailure(true).kubeconfigPath(kubeconfig).create())
        .isInstanceOf(KindException.class);
    assertThat(Kind.clusters().list()).contains("kind4j-kept");
    Kind.clusters().delete("kind4j-kept", kubeconfig);
    assertThat(Kind.clusters().list()).doesNotContain("kind4j-kept");
  }

  @Test
  @Order(7)
  void nodesThatCannotFindEachOtherByNameAreRefusedWithTheFix() {
    assertThatThrownBy(() -> Kind.cluster().name("kind4j-nodns").image(TestImages.nodeTag()).workers(1)
        .network("bridge").kubeconfigPath(kubeconfig).create())
        .isInstanceOf(KindException.class)
        .hasMessageContaining("node kind4j-nodns-control-plane cannot look up kind4j-nodns-worker by container name "
            + "on engine network 'bridge'")
        .hasMessageContaining("Docker's user-defined networks do");
    try (Provider engine = Providers.connect()) {
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, "kind4j-nodns"))).isEmpty();
    }
  }
}
