package dev.kind4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's customised node image, built twice: with the Java API and with a Dockerfile. A cluster
 * from the Dockerfile's image then pings its worker from the control plane.
 */
class CustomNodeImageIT {

  @TempDir
  Path work;

  @Test
  void theJavaApiAddsPackagesAndPreloadsAnImage() {
    String tiny;
    try (Provider engine = Providers.connect()) {
      tiny = TestImages.tiny(engine);
    }
    ImageRef custom = Kind.nodeImage().from(TestImages.node().name())
        .aptInstall("iputils-ping", "tcpdump")
        .preload(tiny)
        .image("kind4j-example/node:custom-api")
        .build();

    try (Cluster cluster = Kind.cluster().name("kind4j-custom-api").image(custom.name())
        .kubeconfigPath(work.resolve("kubeconfig")).create()) {
      Node node = cluster.controlPlane();
      assertThat(node.exec("tcpdump", "--version").stdout() + node.exec("tcpdump", "--version").stderr()).contains("tcpdump");
      assertThat(node.exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout()).contains("docker.io/" + tiny);
    }
  }

  @Test
  void aDockerfileFromANodeImageWorksAndItsNodesPingEachOther() throws Exception {
    String tiny;
    try (Provider engine = Providers.connect()) {
      tiny = TestImages.tiny(engine);
    }
    try (InputStream dockerfile = getClass().getResourceAsStream("/custom-node/Dockerfile")) {
      Files.copy(dockerfile, work.resolve("Dockerfile"));
    }
    docker("save", "-o", work.resolve("my-docker-image.tar").toString(), tiny);
    docker("build", "-t", "kind4j-example/node:custom-dockerfile",
        "--build-arg", "NODE_IMAGE=" + TestImages.node().name(), work.toString());

    try (Cluster cluster = Kind.cluster().name("kind4j-custom-dockerfile").image("kind4j-example/node:custom-dockerfile")
        .workers(1).kubeconfigPath(work.resolve("kubeconfig")).create()) {
      Node controlPlane = cluster.controlPlane();
      Node worker = cluster.node("kind4j-custom-dockerfile-worker");
      String workerIp = worker.exec("hostname", "-i").stdout().strip().split("\\s+")[0];
      assertThat(controlPlane.exec("ping", "-c", "3", "-W", "2", workerIp).stdout()).contains("3 received");
      assertThat(worker.exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout())
          .as("the archive the Dockerfile copied into /kind").contains("docker.io/" + tiny);
    }
  }

  private static void docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("exit code of %s", command).isZero();
  }
}
