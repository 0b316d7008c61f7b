package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.impl.testing.TestImages;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @KindCluster} on real clusters: sample test classes run through JUnit's test kit, and what
 * they saw is checked afterwards.
 */
class KindClusterIT {

  /** What each sample class recorded, by class name. */
  static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  @BeforeAll
  static void buildImages() {
    TestImages.node();
  }

  @Test
  void eachClassGetsItsOwnClusterInjectedAndAFailingClassLeavesLogs() {
    Events tests = run(Separate.class, SeparateFailing.class);

    tests.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    String first = SEEN.get("Separate.cluster");
    String second = SEEN.get("SeparateFailing.cluster");
    assertThat(first).isNotBlank().isNotEqualTo(second);
    assertThat(SEEN.get("Separate.kubeconfigString")).contains("kind-" + first);
    assertThat(SEEN.get("Separate.nodes")).isEqualTo("1");
    assertThat(SEEN.get("Separate.kubeletVersion")).isEqualTo("v1.20.2");
    assertThat(SEEN.get("SeparateFailing.version")).isEqualTo("v1.20.2");
    assertThat(Kind.clusters().list()).doesNotContain(first, second);
    assertThat(Path.of("target/kind-logs", second, second + "-control-plane", "kubelet.log")).isNotEmptyFile();
    assertThat(Path.of("target/kind-logs", first)).doesNotExist();
  }

  @Test
  void reusingClassesShareOneClusterWithNamespacesOfTheirOwn() {
    run(ReuseA.class, ReuseB.class).assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(SEEN.get("ReuseA.cluster")).isEqualTo(SEEN.get("ReuseB.cluster"));
    assertThat(SEEN.get("ReuseA.namespace")).isNotEqualTo(SEEN.get("ReuseB.namespace"));
    assertThat(SEEN.get("ReuseB.configMapInNamespaceOfA")).isEqualTo("true");
    assertThat(SEEN.get("ReuseB.configMapInOwnNamespace")).isEqualTo("false");
    assertThat(Kind.clusters().list()).doesNotContain(SEEN.get("ReuseA.cluster"));
  }

  @Test
  void warmStartingClassesEachGetAFreshClusterOfTheirOwn() {
    run(WarmA.class, WarmB.class).assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(SEEN.get("WarmA.cluster")).isNotEqualTo(SEEN.get("WarmB.cluster"));
    assertThat(SEEN.get("WarmB.configMapOfA")).isEqualTo("false");
    assertThat(Kind.snapshots().list()).isNotEmpty();
    assertThat(Kind.clusters().list()).doesNotContain(SEEN.get("WarmA.cluster"), SEEN.get("WarmB.cluster"));
  }

  private static Events run(Class<?>... classes) {
    var request = EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation");
    for (Class<?> sample : classes) {
      request.selectors(selectClass(sample));
    }
    return request.execute().testEvents();
  }

  /**
   * Injection of every supported type into fields and parameters, on a cluster asked for by Kubernetes version, which
   * finds the local node image of v1.20.2 that {@link TestImages#node()} built.
   */
  @KindCluster(kubernetesVersion = "1.20")
  static class Separate {

    @KindInject
    static Cluster cluster;

    @Kubeconfig
    static Path kubeconfigFile;

    @Test
    void getsEverythingInjected(@Kubeconfig String kubeconfig, KubernetesClient client, @KindNamespace String namespace)
        throws Exception {
      SEEN.put("Separate.cluster", cluster.name());
      SEEN.put("Separate.kubeconfigString", kubeconfig);
      SEEN.put("Separate.nodes", Integer.toString(client.nodes().list().getItems().size()));
      SEEN.put("Separate.kubeletVersion", client.nodes().list().getItems().get(0).getStatus().getNodeInfo()
          .getKubeletVersion());
      assertThat(Files.readString(kubeconfigFile)).contains("kind-" + cluster.name());
      assertThat(namespace).isEqualTo("default");
    }
  }

  /**
   * A class with a failing test, whose cluster's logs must be exported. It names no image: offline, kind's default
   * cannot be pulled, so the newest node image kind4j built here, v1.20.2, stands in.
   */
  @KindCluster
  static class SeparateFailing {

    @Test
    void records(Cluster cluster) {
      SEEN.put("SeparateFailing.cluster", cluster.name());
      SEEN.put("SeparateFailing.version", cluster.controlPlane().exec("cat", "/kind/version").stdout().strip());
    }

    @Test
    void failsOnPurpose() {
      throw new AssertionError("failing on purpose so that the logs are exported");
    }
  }

  @KindCluster(image = TestImages.NODE, warmStart = true)
  @Order(1)
  static class WarmA {

    @Test
    void writesAConfigMap(Cluster cluster, KubernetesClient client) {
      SEEN.put("WarmA.cluster", cluster.name());
      client.configMaps().inNamespace("default")
          .resource(new ConfigMapBuilder().withNewMetadata().withName("from-warm-a").endMetadata().build()).create();
    }
  }

  @KindCluster(image = TestImages.NODE, warmStart = true)
  @Order(2)
  static class WarmB {

    @Test
    void doesNotSeeIt(Cluster cluster, KubernetesClient client) {
      SEEN.put("WarmB.cluster", cluster.name());
      SEEN.put("WarmB.configMapOfA",
          Boolean.toString(client.configMaps().inNamespace("default").withName("from-warm-a").get() != null));
    }
  }

  @KindCluster(image = TestImages.NODE, reuse = true)
  @Order(1)
  static class ReuseA {

    @Test
    void writesIntoItsNamespace(Cluster cluster, @KindNamespace String namespace, KubernetesClient client) {
      SEEN.put("ReuseA.cluster", cluster.name());
      SEEN.put("ReuseA.namespace", namespace);
      client.configMaps().inNamespace(namespace)
          .resource(new ConfigMapBuilder().withNewMetadata().withName("from-a").endMetadata().build()).create();
      assertThat(client.getNamespace()).isEqualTo(namespace);
    }
  }

  @KindCluster(image = TestImages.NODE, reuse = true)
  @Order(2)
  static class ReuseB {

    @Test
    void seesOnlyItsNamespace(Cluster cluster, @KindNamespace String namespace, KubernetesClient client) {
      SEEN.put("ReuseB.cluster", cluster.name());
      SEEN.put("ReuseB.namespace", namespace);
      String namespaceOfA = SEEN.get("ReuseA.namespace");
      SEEN.put("ReuseB.configMapInNamespaceOfA",
          Boolean.toString(client.configMaps().inNamespace(namespaceOfA).withName("from-a").get() != null));
      SEEN.put("ReuseB.configMapInOwnNamespace",
          Boolean.toString(client.configMaps().inNamespace(namespace).withName("from-a").get() != null));
    }
  }
}
