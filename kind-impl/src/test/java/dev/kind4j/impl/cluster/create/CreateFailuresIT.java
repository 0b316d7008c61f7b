package dev.kind4j.impl.cluster.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.KindException;
import dev.kind4j.ProgressListener;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A create that fails at any step, or loses a race for its name, leaves no container or volume behind, keeps the
 * kubeconfig byte for byte, and says which step failed and why.
 */
class CreateFailuresIT {

  private static final String NAME = "kind4j-faults";
  private static final String OTHER_CLUSTERS = """
      apiVersion: v1
      kind: Config
      clusters:
      - cluster:
          server: https://127.0.0.1:1
        name: kind-someone-else
      contexts:
      - context:
          cluster: kind-someone-else
          user: kind-someone-else
        name: kind-someone-else
      current-context: kind-someone-else
      users:
      - name: kind-someone-else
        user:
          token: abc
      """;

  private static Provider engine;
  private static String image;
  private Path kubeconfig;
  /** The volumes the cluster's containers had when the fault struck. */
  private final Set<String> volumes = new HashSet<>();

  @BeforeAll
  static void connect() {
    engine = Providers.connect();
    image = TestImages.node().name();
  }

  @AfterAll
  static void disconnect() {
    engine.close();
  }

  @BeforeEach
  void writeKubeconfig() throws IOException {
    kubeconfig = Files.createTempDirectory("kind4j-faults-").resolve("config");
    Files.writeString(kubeconfig, OTHER_CLUSTERS);
  }

  @AfterEach
  void removeLeftovers() {
    Kind.clusters().delete(NAME, kubeconfig);
  }

  static Stream<String> steps() {
    return Stream.of("Ensuring node image", "Preparing nodes", "Writing configuration", "Starting control-plane",
        "Installing CNI", "Installing StorageClass", "Joining worker nodes", "Waiting");
  }

  @ParameterizedTest
  @MethodSource("steps")
  void aFailureAfterAnyStepLeavesNothing(String failingStep) {
    IllegalStateException injected = new IllegalStateException("injected after " + failingStep);
    ProgressListener fault = new ProgressListener() {
      @Override
      public void stepSucceeded(String step, Duration took) {
        if (step.startsWith(failingStep)) {
          recordVolumes();
          throw injected;
        }
      }
    };

    Throwable thrown = catchThrowable(() -> create(fault, ""));

    assertThat(thrown).isInstanceOf(KindException.class).hasMessageContaining("failed at \"" + failingStep);
    assertThat(thrown.getCause()).isSameAs(injected);
    assertNothingLeft();
  }

  @Test
  void aKubeadmFailureLeavesNothing() {
    String patch = """
        kubeadmConfigPatches:
          - |
            kind: ClusterConfiguration
            networking:
              serviceSubnet: not-a-subnet
        """;
    Throwable thrown = catchThrowable(() -> create(recordingVolumesWhen("Starting control-plane"), patch));

    assertThat(thrown).hasMessageContaining("failed at \"Starting control-plane").hasMessageContaining("kubeadm");
    assertThat(thrown.getCause()).isNotNull();
    assertNothingLeft();
  }

  @Test
  void aKilledNodeLeavesNothing() {
    ProgressListener killer = new ProgressListener() {
      @Override
      public void stepStarted(String step) {
        if (step.startsWith("Joining worker nodes")) {
          recordVolumes();
          engine.stop(NAME + "-worker", Duration.ZERO);
        }
      }
    };
    Throwable thrown = catchThrowable(() -> create(killer, ""));

    assertThat(thrown).hasMessageContaining("failed at \"Joining worker nodes");
    assertThat(thrown.getCause()).isNotNull();
    assertNothingLeft();
  }

  @Test
  void aLockedKubeconfigLeavesNothing() throws IOException {
    Path lock = kubeconfig.resolveSibling("config.lock");
    Files.createFile(lock);
    try {
      Throwable thrown = catchThrowable(() -> create(recordingVolumesWhen("Waiting"), ""));

      assertThat(thrown).hasMessageContaining("failed at \"Exporting the kubeconfig").hasMessageContaining("locked");
      assertThat(thrown.getCause()).isNotNull();
      assertNothingLeft();
    } finally {
      Files.delete(lock);
    }
  }

  @Test
  void twoCreatesOfOneNameMakeOneIntactCluster() throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<Cluster>> creates = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        creates.add(threads.submit(() -> {
          start.await();
          return Kind.cluster().name(NAME).image(image).kubeconfigPath(kubeconfig).progress(ProgressListener.NONE)
              .create();
        }));
      }
      List<Cluster> made = new ArrayList<>();
      List<Throwable> failed = new ArrayList<>();
      for (Future<Cluster> create : creates) {
        try {
          made.add(create.get());
        } catch (java.util.concurrent.ExecutionException e) {
          failed.add(e.getCause());
        }
      }

      assertThat(made).hasSize(1);
      assertThat(failed).singleElement().asString().contains("name:").contains(NAME);
      Cluster cluster = made.get(0);
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).hasSize(1);
      assertThat(cluster.controlPlane().exec("kubectl", "get", "node", "-o",
          "jsonpath={.items[0].status.conditions[?(@.type==\"Ready\")].status}").stdout()).isEqualTo("True");
    } finally {
      threads.shutdownNow();
    }
  }

  private void create(ProgressListener listener, String extraConfig) {
    String config = """
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
          - role: control-plane
          - role: worker
        """ + extraConfig;
    Kind.cluster().name(NAME).image(image).config(config).kubeconfigPath(kubeconfig)
        .waitForReady(Duration.ofMinutes(3)).progress(listener).create().close();
  }

  private ProgressListener recordingVolumesWhen(String stepPrefix) {
    return new ProgressListener() {
      @Override
      public void stepStarted(String step) {
        if (step.startsWith(stepPrefix)) {
          recordVolumes();
        }
      }
    };
  }

  private void recordVolumes() {
    engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME)).forEach(container ->
        volumes.addAll(engine.inspect(container.id()).volumes()));
  }

  private void assertNothingLeft() {
    try {
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).isEmpty();
      assertThat(volumes).allSatisfy(volume -> assertThat(engine.volumeExists(volume)).as(volume).isFalse());
      assertThat(Files.readString(kubeconfig)).isEqualTo(OTHER_CLUSTERS);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
