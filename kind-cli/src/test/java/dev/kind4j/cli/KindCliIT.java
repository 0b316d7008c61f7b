package dev.kind4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.Cluster;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.KubernetesSource;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.impl.util.Yaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command, {@code java -jar target/kind4j.jar}, run as a user runs it, against the real engine: a
 * cluster's whole life, and a node image built from the real Kubernetes source.
 */
class KindCliIT {

  private static final String CLUSTER = "kind4j-cli";
  private static final String CONTROL_PLANE = CLUSTER + "-control-plane";
  private static final Path JAR = Path.of("target", "kind4j.jar");

  @TempDir
  static Path temp;

  private record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void images() {
    TestImages.node();
    try (Provider engine = Providers.connect()) {
      TestImages.tiny(engine);
    }
  }

  @AfterAll
  static void deleteCluster() {
    Kind.clusters().delete(CLUSTER, temp.resolve("kubeconfig"));
  }

  @Test
  void aClustersWholeLifeThroughTheCommand() throws Exception {
    Path kubeconfig = temp.resolve("kubeconfig");
    Result create = kind4j("create", "cluster", "--name", CLUSTER, "--image", TestImages.nodeTag(), "--wait", "3m",
        "--kubeconfig", kubeconfig.toString());
    assertThat(create.exitCode()).as(create.err()).isZero();
    assertThat(create.err()).contains("Creating cluster \"kind4j-cli\" ...", " ✓ Ensuring node image",
        " ✓ Preparing nodes", " ✓ Writing configuration", " ✓ Starting control-plane",
        " ✓ Waiting ≤ 3m0s for control-plane = Ready", "Set kubectl context to \"kind-kind4j-cli\"",
        "kubectl cluster-info --context kind-kind4j-cli");
    assertThat(Files.readString(kubeconfig)).contains("current-context: kind-kind4j-cli");

    // The cluster outlived the JVM that created it.
    assertThat(kind4j("get", "clusters").out().lines()).contains(CLUSTER);
    assertThat(kind4j("get", "nodes", "--name", CLUSTER)).isEqualTo(new Result(0, CONTROL_PLANE + "\n", ""));

    JsonNode external = Yaml.read(kind4j("get", "kubeconfig", "--name", CLUSTER).out());
    assertThat(external.path("current-context").asText()).isEqualTo("kind-kind4j-cli");
    assertThat(serverVersion(external)).contains("\"gitVersion\": \"v1.20.2");

    String internal = kind4j("get", "kubeconfig", "--internal", "--name", CLUSTER).out();
    try (Cluster cluster = Kind.clusters().attach(CLUSTER)) {
      cluster.controlPlane().write("/kind/internal.kubeconfig", internal.getBytes(StandardCharsets.UTF_8), 0600);
      assertThat(cluster.controlPlane().exec("kubectl", "--kubeconfig=/kind/internal.kubeconfig", "get", "nodes",
          "-o", "name").stdout()).isEqualTo("node/" + CONTROL_PLANE + "\n");

      Result unknownNode = kind4j("load", "docker-image", TestImages.TINY, "--name", CLUSTER, "--nodes",
          CONTROL_PLANE + ",kind4j-cli-worker");
      assertThat(unknownNode.exitCode()).isEqualTo(1);
      assertThat(unknownNode.err()).startsWith("ERROR: nodes: cluster kind4j-cli has no node named kind4j-cli-worker; "
          + "its nodes are " + CONTROL_PLANE);
      assertThat(kind4j("load", "docker-image", TestImages.TINY, "--name", CLUSTER, "--nodes", CONTROL_PLANE)
          .exitCode()).isZero();
      // kind4j's node images have no crictl; ctr lists the images of containerd's namespace for Kubernetes.
      assertThat(cluster.controlPlane().exec("ctr", "--namespace=k8s.io", "images", "list", "-q").stdout())
          .contains(TestImages.TINY);
    }

    Path logs = temp.resolve("logs");
    Result export = kind4j("export", "logs", logs.toString(), "--name", CLUSTER);
    assertThat(export).isEqualTo(new Result(0, logs.toAbsolutePath() + "\n",
        "Exporting logs for cluster \"kind4j-cli\" to:\n"));
    assertThat(logs.resolve("docker-info.txt")).isNotEmptyFile();
    assertThat(logs.resolve(CONTROL_PLANE).resolve("kubelet.log")).content().contains("kubelet");

    Path other = temp.resolve("other-kubeconfig");
    assertThat(kind4j("export", "kubeconfig", "--name", CLUSTER, "--kubeconfig", other.toString()))
        .isEqualTo(new Result(0, "", "Set kubectl context to \"kind-kind4j-cli\"\n"));
    assertThat(Yaml.read(Files.readString(other)).path("current-context").asText()).isEqualTo("kind-kind4j-cli");

    assertThat(kind4j("delete", "cluster", "--name", CLUSTER, "--kubeconfig", kubeconfig.toString()))
        .isEqualTo(new Result(0, "", "Deleting cluster \"kind4j-cli\" ...\n"));
    assertThat(Kind.clusters().list()).doesNotContain(CLUSTER);
    assertThat(Files.readString(kubeconfig)).doesNotContain("kind-kind4j-cli");
    assertThat(kind4j("get", "nodes", "--name", CLUSTER))
        .isEqualTo(new Result(0, "", "No kind nodes found for cluster \"kind4j-cli\".\n"));
  }

  @Test
  void buildNodeImageFromTheSourceReusesTheImageBuiltFromTheSameInputs() throws Exception {
    ImageRef node = TestImages.node();
    String tag = "kind4j-cli-test/node:" + UUID.randomUUID().toString().substring(0, 8);
    try (Provider engine = Providers.connect()) {
      long start = System.nanoTime();
      Result build = kind4j("build", "node-image", "--type", "docker", "--image", tag, "--base-image",
          TestImages.BASE, KubernetesSource.tree().toString());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.println("build node-image of an unchanged source took " + took.toSeconds() + " s");

      assertThat(build.exitCode()).as(build.err()).isZero();
      assertThat(build.err()).contains(" ✓ Ensuring base image", " ✓ Hashing inputs",
          "Image \"" + tag + "\" build completed, reused from an image built from the same inputs");
      assertThat(engine.imageId(tag)).contains(node.id());
      assertThat(took).isLessThan(Duration.ofMinutes(3));
    } finally {
      try (Provider engine = Providers.connect()) {
        engine.removeImage(tag);
      }
    }
  }

  @Test
  void aBadFlagEndsTheProcessWithKindsErrorAndExitCode1() throws Exception {
    assertThat(kind4j("get", "clusters", "--foo")).isEqualTo(new Result(1, "", "ERROR: unknown flag: --foo\n"));
  }

  /** Runs the packaged command with a kubeconfig of its own, so the user's is never touched. */
  private static Result kind4j(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(temp, "out-", ".txt");
    Path err = Files.createTempFile(temp, "err-", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("KUBECONFIG", temp.resolve("default-kubeconfig").toString());
    builder.environment().remove("KIND_CLUSTER_NAME");
    Process process = builder.start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("kind4j " + String.join(" ", args) + " did not end within 30 minutes");
    }
    Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    String shown = result.out().length() < 500 ? result.out() : "(" + result.out().length() + " characters)\n";
    System.out.println("$ kind4j " + String.join(" ", args) + "  (exit " + result.exitCode() + ")\n" + shown
        + result.err());
    return result;
  }

  /** {@code GET /version} from the kubeconfig's server, trusting only the kubeconfig's certificate authority. */
  private static String serverVersion(JsonNode kubeconfig) throws Exception {
    JsonNode cluster = kubeconfig.path("clusters").get(0).path("cluster");
    HttpClient client = HttpClient.newBuilder().sslContext(trusting(cluster.path("certificate-authority-data").asText()))
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(cluster.path("server").asText() + "/version"))
        .timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static SSLContext trusting(String caData) throws GeneralSecurityException, IOException {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("kind", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(caData))));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
