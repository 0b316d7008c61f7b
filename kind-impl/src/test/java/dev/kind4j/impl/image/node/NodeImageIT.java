package dev.kind4j.impl.image.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.ImageRef;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DOCKER build type on Debian's Kubernetes v1.20.2 source, then the image it made. */
class NodeImageIT {

  private static final String CLUSTER = "kind4j-node-image-it";

  private static Provider engine;
  private static ImageRef image;

  @BeforeAll
  static void buildImage() {
    engine = Providers.connect();
    image = TestImages.node();
  }

  @AfterAll
  static void cleanUp() {
    engine.containersWithLabels(Map.of(Labels.CLUSTER, CLUSTER)).forEach(c -> engine.remove(c.id()));
    engine.close();
  }

  @Test
  void recordsTheVersionInKindsLayout() {
    assertThat(run("cat", "/kind/version").strip()).isEqualTo("v1.20.2");
    assertThat(engine.imageLabels(image.id())).containsEntry("dev.kind4j.kubernetes-version", "v1.20.2")
        .containsEntry(Labels.IMAGE_KIND, "node");
  }

  @Test
  void itsBinariesRunAndReportTheVersion() {
    assertThat(run("kubeadm", "version", "-o", "short").strip()).isEqualTo("v1.20.2");
    assertThat(run("kubelet", "--version")).contains("Kubernetes v1.20.2");
    assertThat(run("kubectl", "version", "--client", "--short")).contains("v1.20.2");
    assertThat(run("kubeadm", "config", "print", "init-defaults", "--component-configs", "KubeletConfiguration"))
        .contains("kind: KubeletConfiguration");
  }

  @Test
  void usrBinHoldsOnlyTheNodesOwnProgramsAsTheControlPlaneRunsFromItsImages() {
    assertThat(run("sh", "-c", "ls /usr/bin/kube*").lines()).containsExactly("/usr/bin/kubeadm", "/usr/bin/kubectl",
        "/usr/bin/kubelet");
  }

  @Test
  void aBootedNodeHasTheControlPlaneEtcdPauseAndDnsImages() {
    NodeContainer node = new NodeLauncher(engine).start(new NodeSpec(CLUSTER, CLUSTER + "-control-plane",
        NodeRole.CONTROL_PLANE, image.name(), "kind", "127.0.0.1", 0, Map.of(), List.of(), List.of(), List.of()));
    String images = node.exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout();
    assertThat(images).contains("k8s.gcr.io/kube-apiserver:v1.20.2", "k8s.gcr.io/kube-controller-manager:v1.20.2",
        "k8s.gcr.io/kube-scheduler:v1.20.2", "k8s.gcr.io/kube-proxy:v1.20.2", "k8s.gcr.io/pause:", "kind4j.local/etcd:",
        "kind4j.local/kind4j-dns:");
    assertThat(node.exec("cat", NodeImageManifest.PATH).stdout()).contains("\"kubernetesVersion\" : \"v1.20.2\"")
        .contains("\"dns\" : false").contains("\"offlineDnsImage\" : \"kind4j.local/kind4j-dns:");
    engine.remove(node.name());
  }

  @Test
  void aSecondBuildWithUnchangedInputsIsACacheHit() {
    ImageRef again = TestImages.node();
    assertThat(again.reused()).isTrue();
    assertThat(again.id()).isEqualTo(image.id());
  }

  private String run(String... command) {
    String id = engine.run(ContainerSpec.builder(image.name()).entrypoint(command).build());
    try {
      assertThat(engine.waitForExit(id, Duration.ofMinutes(1))).as("exit code of %s", String.join(" ", command)).isZero();
      return engine.logs(id);
    } finally {
      engine.remove(id);
    }
  }
}
