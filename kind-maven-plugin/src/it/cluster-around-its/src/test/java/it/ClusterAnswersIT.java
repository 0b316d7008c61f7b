package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** Runs between kind4j:create and kind4j:delete, with the kubeconfig that failsafe passed on. */
class ClusterAnswersIT {

  private static final String CLUSTER = "kind4j-maven-it";
  private static final String NODE = CLUSTER + "-control-plane";

  private final Path kubeconfig = Path.of(System.getProperty("kubeconfig"));

  @Test
  void failsafePassesTheKubeconfigAndTheClusterNameOn() throws IOException {
    assertEquals(CLUSTER, System.getProperty("cluster"));
    assertTrue(kubeconfig.isAbsolute(), kubeconfig + " is absolute");
    assertEquals(kubeconfig.toString(), System.getenv("KUBECONFIG"));
    assertTrue(Files.readString(kubeconfig).contains("current-context: kind-" + CLUSTER), "current context");
  }

  /** The kubeconfig's server and certificate authority reach the API server from this host. */
  @Test
  void theApiServerAnswersAtTheKubeconfigsServer() throws Exception {
    String yaml = Files.readString(kubeconfig);
    String server = field(yaml, "server");
    byte[] ca = Base64.getDecoder().decode(field(yaml, "certificate-authority-data"));
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(ca)));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    HttpResponse<String> version = HttpClient.newBuilder().sslContext(tls).build()
        .send(HttpRequest.newBuilder(URI.create(server + "/version")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, version.statusCode(), version.body());
    assertTrue(version.body().contains("\"gitVersion\": \"v1.20.2\""), version.body());
  }

  /** The kubeconfig's credentials are the cluster's: kubectl on the node lists the nodes with them. */
  @Test
  void theKubeconfigsCredentialsListTheNodes() throws Exception {
    String nodes = run(Files.readString(kubeconfig), "docker", "exec", "-i", NODE, "sh", "-c",
        "cat > /tmp/maven-it-kubeconfig && kubectl --kubeconfig /tmp/maven-it-kubeconfig "
            + "--server https://127.0.0.1:6443 get nodes -o name");
    assertEquals("node/" + NODE, nodes.strip());
  }

  /** kind4j:load put the image the build made into the node's containerd. */
  @Test
  void theBuildsImageWasLoaded() throws Exception {
    String images = run("", "docker", "exec", NODE, "ctr", "--namespace=k8s.io", "images", "list", "--quiet");
    assertTrue(images.contains("docker.io/kind4j-maven-it/hello:1"), images);
  }

  private static String field(String yaml, String name) {
    Matcher matcher = Pattern.compile("(?m)^\\s*" + name + ": (\\S+)$").matcher(yaml);
    assertTrue(matcher.find(), name + " in " + yaml);
    return matcher.group(1);
  }

  private static String run(String input, String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " ended");
    assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    return output;
  }
}
