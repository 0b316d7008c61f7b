package dev.kind4j.impl.image.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.BuildType;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.image.kube.KubernetesBinaries;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node images made other ways than compiling: a third-party build type, a server tarball, a derived image. */
class NodeImageVariantsIT {

  private static final String CLUSTER = "kind4j-variants-it";

  private static Provider engine;
  private static Path binaries;

  @TempDir
  static Path work;

  /**
   * The node image's own binaries from its {@code /usr/bin}, and the components' from the images its build left in
   * the engine, where they sit in {@code /usr/local/bin}.
   */
  @BeforeAll
  static void extractBinaries() {
    engine = Providers.connect();
    ImageRef node = TestImages.node();
    binaries = work.resolve("binaries");
    copyOut(node.name(), KubernetesBinaries.ON_NODE, "/usr/bin/");
    for (String component : ControlPlaneImages.FROM_BINARIES) {
      String image = ControlPlaneImages.reference("v1.20.2", component);
      assertThat(engine.imageId(image)).as("%s, which building %s leaves in the engine", image, node.name())
          .isPresent();
      copyOut(image, List.of(component), "/usr/local/bin/");
    }
    assertThat(binaries.toFile().list()).containsExactlyInAnyOrderElementsOf(KubernetesBinaries.ALL);
  }

  private static void copyOut(String image, List<String> files, String directory) {
    // never started; the entrypoint is there because a component image has none and a container needs one
    String stopped = engine.create(ContainerSpec.builder(image).entrypoint(directory + files.get(0)).build());
    try {
      files.forEach(file -> engine.copyOutTo(stopped, directory + file, binaries));
    } finally {
      engine.remove(stopped);
    }
  }

  @AfterAll
  static void cleanUp() {
    engine.containersWithLabels(Map.of(Labels.CLUSTER, CLUSTER)).forEach(c -> engine.remove(c.id()));
    engine.close();
  }

  @Test
  void aThirdPartyBuildTypeFromTheClasspathBuildsANodeImage() {
    ImageRef image = Kind.nodeImage().fromSource(binaries).type(BuildType.of("prebuilt")).kubernetesVersion("v1.20.2")
        .baseImage(TestImages.base().name()).image("kind4j-test/node:prebuilt").build();
    assertThat(run(image.name(), "cat", "/kind/version").strip()).isEqualTo("v1.20.2");
    assertThat(run(image.name(), "kubeadm", "version", "-o", "short").strip()).isEqualTo("v1.20.2");
  }

  @Test
  void aServerTarballBuildsANodeImage() throws IOException {
    Path tarball = serverTarball();
    ImageRef image = Kind.nodeImage().fromTarball(tarball).baseImage(TestImages.base().name())
        .image("kind4j-test/node:tarball").build();
    assertThat(run(image.name(), "cat", "/kind/version").strip()).isEqualTo("v1.20.2");
    assertThat(run(image.name(), "kubectl", "version", "--client", "--short")).contains("v1.20.2");
  }

  @Test
  void aDerivedImageHoldsItsAptPackageAndPreloadedImage() {
    String tiny = TestImages.tiny(engine);
    ImageRef derived = Kind.nodeImage().from(TestImages.nodeTag()).aptInstall("iputils-ping").preload(tiny)
        .image("kind4j-test/node:custom").build();
    ImageRef again = Kind.nodeImage().from(TestImages.nodeTag()).aptInstall("iputils-ping").preload(tiny)
        .image("kind4j-test/node:custom").build();
    assertThat(again.reused()).isTrue();
    assertThat(again.id()).isEqualTo(derived.id());

    NodeContainer node = new NodeLauncher(engine).start(new NodeSpec(CLUSTER, CLUSTER + "-control-plane",
        NodeRole.CONTROL_PLANE, derived.name(), "kind", "127.0.0.1", 0, Map.of(), List.of(), List.of(), List.of()));
    assertThat(node.exec("ping", "-V").stdout()).contains("ping");
    assertThat(node.exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout())
        .contains("docker.io/" + tiny).contains("k8s.gcr.io/kube-apiserver:v1.20.2");
    engine.remove(node.name());
  }

  private Path serverTarball() throws IOException {
    Path tarball = work.resolve("kubernetes-server-linux-amd64.tar.gz");
    try (OutputStream out = Files.newOutputStream(tarball);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      var version = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("kubernetes/version");
      byte[] text = "v1.20.2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      version.setSize(text.length);
      tar.putArchiveEntry(version);
      tar.write(text);
      tar.closeArchiveEntry();
      for (String binary : KubernetesBinaries.ALL) {
        Path file = binaries.resolve(binary);
        tar.putArchiveEntry(tar.createArchiveEntry(file, "kubernetes/server/bin/" + binary));
        Files.copy(file, tar);
        tar.closeArchiveEntry();
      }
    }
    return tarball;
  }

  private static String run(String image, String... command) {
    String id = engine.run(ContainerSpec.builder(image).entrypoint(command).build());
    try {
      assertThat(engine.waitForExit(id, Duration.ofMinutes(1))).as("exit code of %s", String.join(" ", command)).isZero();
      return engine.logs(id);
    } finally {
      engine.remove(id);
    }
  }
}
