package dev.kind4j.impl.image.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.ProgressListener;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Exited;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kubeadm v1.20.2, copied out of the test node image, asked for its images in a short-lived base container. */
class KubeadmContainerIT {

  private static final Map<String, String> KUBEADM_CONTAINERS = Map.of("dev.kind4j.build", "kubeadm");

  @TempDir
  static Path dir;

  private static Provider engine;
  private static Path kubeadm;

  @BeforeAll
  static void copyKubeadmOut() {
    engine = Providers.connect();
    String node = engine.imageId(TestImages.nodeTag()).isPresent() ? TestImages.nodeTag() : TestImages.node().name();
    String stopped = engine.create(ContainerSpec.builder(node).build());
    try {
      engine.copyOutTo(stopped, "/usr/bin/kubeadm", dir);
    } finally {
      engine.remove(stopped);
    }
    kubeadm = dir.resolve("kubeadm");
    assertThat(kubeadm).isRegularFile();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void listsTheImagesOfV1202InAContainerAndRemovesIt() {
    Optional<UpstreamImages> listed = UpstreamImages.list(engine, TestImages.BASE, kubeadm, "v1.20.2",
        Progress.of(ProgressListener.NONE));
    assertThat(listed).contains(new UpstreamImages("k8s.gcr.io/pause:3.2", "k8s.gcr.io/etcd:3.4.13-0",
        "k8s.gcr.io/coredns:1.7.0"));
    assertThat(engine.containersWithLabels(KUBEADM_CONTAINERS)).isEmpty();
  }

  @Test
  void runsWithoutNetworkAndReportsItsExitCode() {
    Exited version = KubeadmContainer.run(engine, TestImages.BASE, kubeadm, "version", "-o", "short");
    assertThat(version.exitCode()).isZero();
    assertThat(version.output().strip()).isEqualTo("v1.20.2");
    Exited latest = KubeadmContainer.run(engine, TestImages.BASE, kubeadm, "config", "images", "list",
        "--kubernetes-version", "latest");
    assertThat(latest.output()).contains("could not fetch a Kubernetes version from the internet");
  }

  @Test
  void aKubeadmThatFailsLeavesTheBuildOfflineWithTheReason() {
    List<String> infos = new ArrayList<>();
    ProgressListener recording = new ProgressListener() {
      @Override
      public void info(String message) {
        infos.add(message);
      }
    };
    assertThat(UpstreamImages.list(engine, TestImages.BASE, kubeadm, "not-a-version", Progress.of(recording))).isEmpty();
    assertThat(infos).singleElement().asString()
        .startsWith("Building pause, etcd and DNS (kind4j's unbound in place of CoreDNS) offline, because kubeadm "
            + "could not list")
        .contains("not-a-version");
    assertThat(engine.containersWithLabels(KUBEADM_CONTAINERS)).isEmpty();
  }
}
