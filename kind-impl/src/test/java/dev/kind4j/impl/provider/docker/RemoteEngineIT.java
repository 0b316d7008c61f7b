package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.session.SessionReaper;
import dev.kind4j.impl.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cluster created through the engine's TCP address, as for a remote engine ({@code scripts/setup-host} has the
 * local engine answer on {@code tcp://127.0.0.1:2375} too). The engine is really on this machine, so its host's
 * address is 127.0.0.1.
 */
class RemoteEngineIT {

  private static final URI ENGINE = URI.create("tcp://127.0.0.1:2375");

  private static Cluster cluster;

  @BeforeAll
  static void createClusterThroughTcp() {
    System.setProperty(Providers.HOST_PROPERTY, ENGINE.toString());
    try (DockerEngine engine = DockerEngine.connect()) {
      assertThat(engine.host()).isEqualTo(ENGINE.toString());
      TestImages.tiny(engine);
    }
    Kind.clusters().delete("kind4j-tcp");
    cluster = Kind.cluster().name("kind4j-tcp").image(TestImages.node().name()).create();
  }

  @AfterAll
  static void deleteCluster() {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      System.clearProperty(Providers.HOST_PROPERTY);
    }
  }

  @Test
  void theKubeconfigNamesTheEngineHostAndItsServerAnswers() throws Exception {
    String kubeconfig = cluster.kubeconfig();
    URI server = URI.create(field(kubeconfig, "server"));
    assertThat(server.getHost()).isEqualTo(ENGINE.getHost());

    // anonymous /version, over TLS checked against the cluster's CA and the address the kubeconfig names
    HttpClient client = HttpClient.newBuilder().sslContext(trusting(field(kubeconfig, "certificate-authority-data")))
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> version = client.send(HttpRequest.newBuilder(server.resolve("/version"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(version.statusCode()).isEqualTo(200);
    assertThat(version.body()).contains("\"gitVersion\": \"v1.20.2\"");
  }

  @Test
  void imagesLoadThroughTheEngineApi() {
    cluster.loadImages(TestImages.TINY);

    assertThat(cluster.controlPlane().exec("ctr", "-n", "k8s.io", "images", "ls", "-q").stdout())
        .contains(TestImages.TINY);
  }

  @Test
  void theEngineReachedByItsSocketSharesTheReaperOfItsTcpAddress() {
    String controlPlane = cluster.controlPlane().name();
    System.setProperty(Providers.HOST_PROPERTY, "unix:///var/run/docker.sock");
    try (DockerEngine socket = DockerEngine.connect()) {
      Map<String, String> labels = socket.inspect(controlPlane).labels();
      assertThat(labels).containsKey(Labels.SESSION);
      // One daemon, two addresses: one reaper, so a second one's name does not clash and leave clusters unreaped.
      assertThat(SessionReaper.labelsFor(socket, TestImages.node().name()))
          .containsEntry(Labels.SESSION, labels.get(Labels.SESSION));
    } finally {
      System.setProperty(Providers.HOST_PROPERTY, ENGINE.toString());
    }
  }

  private static String field(String yaml, String key) {
    Matcher matcher = Pattern.compile("^\\s*" + Pattern.quote(key) + ":\\s*(\\S+)\\s*$", Pattern.MULTILINE)
        .matcher(yaml);
    assertThat(matcher.find()).as("the kubeconfig has %s", key).isTrue();
    return matcher.group(1);
  }

  private static SSLContext trusting(String caData) throws Exception {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("cluster-ca", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(caData))));
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
