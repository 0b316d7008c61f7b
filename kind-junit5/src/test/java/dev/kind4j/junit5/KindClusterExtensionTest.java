package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kind4j.Cluster;
import dev.kind4j.KindException;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs sample classes through the Jupiter engine with a {@link FakeProvisioner}: no engine, no cluster. */
class KindClusterExtensionTest {

  /** Paths the samples saw, for checks after they ran. */
  static final List<Path> KUBECONFIG_FILES = new CopyOnWriteArrayList<>();

  /** Keeps the samples from running, and creating clusters, outside these tests. */
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(OnlyWithAFakeProvisioner.class)
  @interface Sample {}

  static final class OnlyWithAFakeProvisioner implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(Provisioner.PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by KindClusterExtensionTest")
          : ConditionEvaluationResult.disabled("a sample that KindClusterExtensionTest runs");
    }
  }

  @Sample
  @KindCluster(workers = 1)
  static class Injected {
    @KindInject static Cluster staticCluster;
    @Kubeconfig static Path staticKubeconfig;
    @KindInject Cluster cluster;
    @Kubeconfig String kubeconfig;
    @Kubeconfig Path kubeconfigFile;
    @KindNamespace String namespace;
    @KindInject KubernetesClient client;
    final Cluster constructed;

    Injected(Cluster constructed) {
      this.constructed = constructed;
    }

    @BeforeAll
    static void staticFieldsAreSet(Cluster cluster) {
      assertThat(staticCluster).isNotNull().isSameAs(cluster);
    }

    @Test
    void fieldsAndParameters(Cluster cluster, @Kubeconfig String yaml, @Kubeconfig Path file,
        @KindNamespace String ns, KubernetesClient kubernetes) {
      assertThat(cluster).isSameAs(staticCluster).isSameAs(this.cluster).isSameAs(constructed);
      assertThat(cluster.name()).matches("kind4j-injected-[a-z0-9]{6}");
      assertThat(yaml).isEqualTo(kubeconfig).isEqualTo(FakeProvisioner.KUBECONFIG);
      assertThat(file).isEqualTo(kubeconfigFile).isEqualTo(staticKubeconfig).exists();
      assertThat(ns).isEqualTo(namespace).isEqualTo("default");
      assertThat(kubernetes).isSameAs(client);
      assertThat(kubernetes.getNamespace()).isEqualTo("default");
      KUBECONFIG_FILES.add(file);
    }

    @Test
    void everyTestSeesTheSameCluster(Cluster cluster) {
      assertThat(cluster).isSameAs(staticCluster);
    }
  }

  @Sample
  @KindCluster
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClass {
    @KindNamespace String namespace;
    final Cluster constructed;

    PerClass(Cluster constructed) {
      this.constructed = constructed;
    }

    @BeforeAll
    void instanceFieldsAreSet(Cluster cluster) {
      assertThat(cluster).isSameAs(constructed);
      assertThat(namespace).isEqualTo("default");
    }

    @Test
    void test(Cluster cluster) {
      assertThat(cluster).isSameAs(constructed);
    }
  }

  @Sample
  @KindCluster
  static class Outer {
    @KindInject static Cluster outer;

    @Test
    void test(Cluster cluster) {
      assertThat(cluster).isSameAs(outer);
    }

    @Nested
    class Inner {
      @KindInject Cluster inner;

      @Test
      void usesTheEnclosingCluster(Cluster cluster) {
        assertThat(cluster).isSameAs(outer).isSameAs(inner);
      }
    }

    @Nested
    @KindCluster(workers = 2)
    class OwnCluster {
      @Test
      void hasItsOwn(Cluster cluster) {
        assertThat(cluster).isNotSameAs(outer);
        assertThat(cluster.name()).startsWith("kind4j-owncluster-");
      }
    }
  }

  @Sample
  @KindCluster
  static class Base {
    @KindInject static Cluster base;

    @Test
    void test(Cluster cluster) {
      assertThat(cluster).isSameAs(base);
    }
  }

  @Sample
  static class Subclass extends Base {}

  @Sample
  @KindCluster(exportLogsOnFailure = "build/logs")
  static class Failing {
    @Test
    void fails() {
      fail("on purpose");
    }

    @Test
    void passes() {}
  }

  @Sample
  @KindCluster(exportLogsOnFailure = "")
  static class FailingWithoutExport {
    @Test
    void fails() {
      fail("on purpose");
    }
  }

  @Sample
  @KindCluster(reuse = true, workers = 1)
  static class ReuseA {
    @Test
    void test(Cluster cluster, @KindNamespace String namespace, KubernetesClient client) {
      assertThat(namespace).matches("kind4j-reusea-[a-z0-9]{6}");
      assertThat(client.getNamespace()).isEqualTo(namespace);
      assertThat(cluster.name()).matches("kind4j-shared-[a-z0-9]{6}");
    }
  }

  @Sample
  @KindCluster(reuse = true, workers = 1)
  static class ReuseB {
    @Test
    void test(@KindNamespace String namespace) {
      assertThat(namespace).matches("kind4j-reuseb-[a-z0-9]{6}");
    }
  }

  @Sample
  @KindCluster(reuse = true, workers = 2)
  static class ReuseOther {
    @Test
    void test() {}
  }

  @Sample
  @KindCluster(disabledWithoutDocker = true)
  static class SkippedWithoutDocker {
    @Test
    void test() {}
  }

  @Sample
  @KindCluster
  static class FailsWithoutDocker {
    @KindInject static Cluster cluster;

    @Test
    void test() {}
  }

  @Sample
  @KindCluster(config = "missing-kind-config.yaml")
  static class MissingConfig {
    @Test
    void test() {}
  }

  @Sample
  @KindCluster
  static class PrivateStaticField {
    @KindInject private static Cluster cluster;

    @Test
    void test() {}
  }

  @Sample
  @ExtendWith(KindClusterExtension.class)
  static class ExtensionWithoutAnnotation {
    @Test
    void test(Cluster cluster) {}
  }

  @BeforeEach
  void clearEvents() {
    FakeProvisioner.EVENTS.clear();
  }

  private static EngineExecutionResults run(Class<? extends Provisioner> provisioner, Class<?>... samples) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(Provisioner.PARAMETER, provisioner.getName())
        .selectors(Arrays.stream(samples).map(DiscoverySelectors::selectClass).toArray(ClassSelector[]::new))
        .execute();
  }

  private static void assertAllSucceeded(EngineExecutionResults results, int tests) {
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    results.containerEvents().assertStatistics(stats -> stats.failed(0).skipped(0));
  }

  /** The one failure of {@code sample}'s class container, after none of its tests started. */
  private static Throwable classFailure(Class<? extends Provisioner> provisioner, Class<?> sample) {
    EngineExecutionResults results = run(provisioner, sample);
    results.testEvents().assertStatistics(stats -> stats.started(0));
    List<Throwable> failures = results.containerEvents().failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()).toList();
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).getSuppressed()).isEmpty();
    return failures.get(0);
  }

  private static String name(String event) {
    return event.split(" ")[1];
  }

  @Test
  void injectsIntoFieldsAndParametersAndDeletesTheClusterAfterTheClass() {
    KUBECONFIG_FILES.clear();

    assertAllSucceeded(run(FakeProvisioner.class, Injected.class), 2);

    assertThat(FakeProvisioner.EVENTS).hasSize(2);
    String cluster = name(FakeProvisioner.EVENTS.get(0));
    assertThat(FakeProvisioner.EVENTS).containsExactly("create " + cluster + " workers=1", "delete " + cluster);
    assertThat(KUBECONFIG_FILES).singleElement().satisfies(file -> assertThat(file.getParent()).doesNotExist());
  }

  @Test
  void createsTheClusterForConstructorsOfPerClassInstances() {
    assertAllSucceeded(run(FakeProvisioner.class, PerClass.class), 1);

    assertThat(FakeProvisioner.EVENTS).hasSize(2).last().asString().startsWith("delete kind4j-perclass-");
  }

  @Test
  void nestedClassesUseTheEnclosingClusterUnlessAnnotated() {
    assertAllSucceeded(run(FakeProvisioner.class, Outer.class), 3);

    assertThat(FakeProvisioner.EVENTS).hasSize(4);
    String outer = name(FakeProvisioner.EVENTS.get(0));
    String own = FakeProvisioner.EVENTS.stream().filter(e -> e.startsWith("create kind4j-owncluster-")).map(
        KindClusterExtensionTest::name).findFirst().orElseThrow();
    assertThat(FakeProvisioner.EVENTS).containsSubsequence("create " + outer + " workers=0",
        "create " + own + " workers=2", "delete " + own, "delete " + outer);
  }

  @Test
  void subclassesInheritTheAnnotationAndGetAClusterOfTheirOwn() {
    assertAllSucceeded(run(FakeProvisioner.class, Subclass.class), 1);

    assertThat(FakeProvisioner.EVENTS).hasSize(2).first().asString().startsWith("create kind4j-subclass-");
  }

  @Test
  void exportsLogsWhenATestFailed() {
    EngineExecutionResults results = run(FakeProvisioner.class, Failing.class);

    results.testEvents().assertStatistics(stats -> stats.failed(1).succeeded(1));
    String cluster = name(FakeProvisioner.EVENTS.get(0));
    assertThat(FakeProvisioner.EVENTS).containsExactly("create " + cluster + " workers=0",
        "exportLogs " + cluster + " to " + Path.of("build/logs", cluster), "delete " + cluster);
  }

  @Test
  void anEmptyLogDirectoryExportsNothing() {
    run(FakeProvisioner.class, FailingWithoutExport.class).testEvents().assertStatistics(stats -> stats.failed(1));

    assertThat(FakeProvisioner.EVENTS).hasSize(2).noneMatch(e -> e.startsWith("exportLogs"));
  }

  @Test
  void classesAskingForTheSameClusterShareItEachInItsOwnNamespace() {
    assertAllSucceeded(run(FakeProvisioner.class, ReuseA.class, ReuseB.class, ReuseOther.class), 3);

    List<String> events = FakeProvisioner.EVENTS;
    assertThat(events.stream().filter(e -> e.startsWith("create "))).hasSize(2)
        .anyMatch(e -> e.endsWith("workers=1")).anyMatch(e -> e.endsWith("workers=2"));
    for (String sample : List.of("reusea", "reuseb", "reuseother")) {
      String created = events.stream().filter(e -> e.contains("kubectl create namespace kind4j-" + sample + "-"))
          .findFirst().orElseThrow();
      String namespace = created.substring(created.lastIndexOf(' ') + 1);
      assertThat(events).containsSubsequence(created,
          "exec " + name(created) + " kubectl delete namespace " + namespace + " --wait=false");
    }
    assertThat(events.subList(events.size() - 2, events.size())).allMatch(e -> e.startsWith("delete kind4j-shared-"));
  }

  @Test
  void withDisabledWithoutDockerTheClassIsSkipped() {
    EngineExecutionResults results = run(FakeProvisioner.NoDocker.class, SkippedWithoutDocker.class);

    results.testEvents().assertStatistics(stats -> stats.started(0));
    assertThat(results.containerEvents().skipped().stream().map(Event::getPayload))
        .singleElement().asString()
        .contains("@KindCluster(disabledWithoutDocker = true): No Docker engine answers at unix:///");
  }

  @Test
  void otherwiseTheClassFailsSayingDockerIsNeeded() {
    assertThat(classFailure(FakeProvisioner.NoDocker.class, FailsWithoutDocker.class))
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("@KindCluster on " + FailsWithoutDocker.class.getName() + " needs a Docker engine. "
            + "No Docker engine answers at unix:///var/run/docker.sock: start it")
        .hasMessageEndingWith("To skip the class when there is none, use @KindCluster(disabledWithoutDocker = true).");
    assertThat(FailsWithoutDocker.cluster).isNull();
  }

  @Test
  void aMissingConfigFailsTheClassBeforeDockerIsAsked() {
    assertThat(classFailure(FakeProvisioner.NoDocker.class, MissingConfig.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("@KindCluster(config = \"missing-kind-config.yaml\"): there is no classpath resource");
  }

  @Test
  void aFieldThatCannotBeInjectedFailsTheClassBeforeDockerIsAsked() {
    assertThat(classFailure(FakeProvisioner.NoDocker.class, PrivateStaticField.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageEndingWith("PrivateStaticField.cluster is private; make it package-private to have it injected");
  }

  @Test
  void theExtensionAloneAsksForTheAnnotation() {
    assertThat(classFailure(FakeProvisioner.class, ExtensionWithoutAnnotation.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("KindClusterExtension found no @KindCluster on " + ExtensionWithoutAnnotation.class.getName()
            + " or its enclosing classes; annotate the class with @KindCluster instead of registering the extension "
            + "directly");
  }
}
