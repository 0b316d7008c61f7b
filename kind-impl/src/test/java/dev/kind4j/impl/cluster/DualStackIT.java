package dev.kind4j.impl.cluster;

import static dev.kind4j.impl.testing.KubectlAssertions.applyText;
import static dev.kind4j.impl.testing.KubectlAssertions.assertHello;
import static dev.kind4j.impl.testing.KubectlAssertions.httpGetFromPod;
import static dev.kind4j.impl.testing.KubectlAssertions.kubectl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.KindException;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dual-stack cluster of a control plane and a worker, created beside an IPv6-only single-node cluster, both on an
 * engine network with IPv6 of their own: pods get an address of each family, pods reach each other across nodes over
 * IPv6, a dual-stack Service answers on both families, and the API server answers at its kubeconfig URL.
 */
class DualStackIT {

  private static final String NETWORK = "kind4j-it-ipv6";
  private static final String IPV4_ONLY_NETWORK = "kind4j-it-ipv4-only";
  private static final String DUAL = "kind4j-dual";
  private static final String IPV6 = "kind4j-ipv6";

  /** The web image's server, listening on an IPv6 socket that takes IPv4 too, and a dual-stack Service for it. */
  private static final String WEB_EVERYWHERE = """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: web6
      spec:
        selector:
          matchLabels:
            app: web6
        template:
          metadata:
            labels:
              app: web6
          spec:
            tolerations:
              - operator: Exists
            containers:
              - name: web
                image: kind4j-test/web:latest
                imagePullPolicy: Never
                command: ["socat", "TCP6-LISTEN:8080,fork,reuseaddr", "EXEC:/respond"]
                readinessProbe:
                  tcpSocket:
                    port: 8080
                  periodSeconds: 1
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web6
      spec:
        selector:
          app: web6
        ipFamilyPolicy: %s
        ports:
          - port: 80
            targetPort: 8080
      """;

  private static Path kubeconfig;
  private static Cluster dual;
  private static Cluster ipv6;

  @BeforeAll
  static void createBothClustersOnAnIpv6Network() throws IOException {
    String image = TestImages.node().name();
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
      engine.ensureNetwork(NETWORK, Map.of(), Optional.of("fd00:4b34:6a1f:1::/64"));
    }
    kubeconfig = Files.createTempDirectory("kind4j-it-").resolve("config");
    Kind.clusters().delete(DUAL, kubeconfig);
    Kind.clusters().delete(IPV6, kubeconfig);
    CompletableFuture<Cluster> dualStack = CompletableFuture.supplyAsync(() -> Kind.cluster().name(DUAL).image(image)
        .network(NETWORK).kubeconfigPath(kubeconfig).config("""
            kind: Cluster
            apiVersion: kind.x-k8s.io/v1alpha4
            networking:
              ipFamily: dual
            nodes:
              - role: control-plane
              - role: worker
            """).create());
    CompletableFuture<Cluster> ipv6Only = CompletableFuture.supplyAsync(() -> Kind.cluster().name(IPV6).image(image)
        .network(NETWORK).kubeconfigPath(kubeconfig).config("""
            kind: Cluster
            apiVersion: kind.x-k8s.io/v1alpha4
            networking:
              ipFamily: ipv6
            """).create());
    dual = dualStack.join();
    ipv6 = ipv6Only.join();
    for (Cluster cluster : List.of(dual, ipv6)) {
      cluster.loadImages(TestImages.WEB);
    }
    applyText(dual, "web6", WEB_EVERYWHERE.formatted("RequireDualStack"));
    applyText(ipv6, "web6", WEB_EVERYWHERE.formatted("SingleStack"));
  }

  @AfterAll
  static void deleteClustersAndNetworks() {
    for (Cluster cluster : new Cluster[] {dual, ipv6}) {
      if (cluster != null) {
        cluster.close();
      }
    }
    try (Provider engine = Providers.connect()) {
      engine.removeNetwork(NETWORK);
      engine.removeNetwork(IPV4_ONLY_NETWORK);
    }
  }

  @Test
  void nodesAndPodsHaveAnAddressOfEachFamily() {
    kubectl(dual, "rollout", "status", "daemonset/web6", "--timeout=180s");
    List<String> nodeIps = List.of(kubectl(dual, "get", "nodes",
        "-o=jsonpath={range .items[*]}{.status.addresses[?(@.type==\"InternalIP\")].address}{\" \"}{end}")
        .strip().split(" "));
    assertThat(nodeIps).hasSize(4).anyMatch(DualStackIT::isIpv6).anyMatch(ip -> !isIpv6(ip));
    List<String> podIps = podIps(dual);
    assertThat(podIps).as("a pod on each node, each with two addresses").hasSize(2).allSatisfy(ips -> {
      assertThat(ips.split(",")).hasSize(2);
      assertThat(ips.split(",")[0]).startsWith("10.244.");
      assertThat(ips.split(",")[1]).startsWith("fd00:10:244:");
    });
  }

  @Test
  void podsReachEachOtherAcrossNodesOverEitherFamily() {
    kubectl(dual, "rollout", "status", "daemonset/web6", "--timeout=180s");
    List<String> pods = List.of(kubectl(dual, "get", "pods", "-l", "app=web6",
        "-o=jsonpath={.items[*].metadata.name}").split(" "));
    List<String> podIps = podIps(dual);
    assertThat(pods).hasSize(2);
    for (String from : pods) {
      for (String to : podIps) {
        for (String ip : to.split(",")) {
          assertHello(httpGetFromPod(dual, from, isIpv6(ip) ? "[" + ip + "]" : ip, 8080));
        }
      }
    }
  }

  @Test
  void aDualStackServiceAnswersOnBothFamilies() {
    kubectl(dual, "rollout", "status", "daemonset/web6", "--timeout=180s");
    List<String> clusterIps = List.of(kubectl(dual, "get", "service", "web6",
        "-o=jsonpath={.spec.clusterIPs[*]}").split(" "));
    assertThat(clusterIps).hasSize(2).anyMatch(DualStackIT::isIpv6).anyMatch(ip -> !isIpv6(ip));
    String client = kubectl(dual, "get", "pods", "-l", "app=web6", "-o=jsonpath={.items[0].metadata.name}");
    for (String ip : clusterIps) {
      assertHello(httpGetFromPod(dual, client, isIpv6(ip) ? "[" + ip + "]" : ip, 80));
    }
  }

  @Test
  void anIpv6ClusterServesOnIpv6AloneWithItsApiServerOnIpv6Loopback() throws Exception {
    assertThat(ipv6.apiServerUrl()).startsWith("https://[::1]:");
    assertThat(field(ipv6.kubeconfig(), "server")).isEqualTo(ipv6.apiServerUrl());
    assertThat(get(ipv6, "/livez")).isEqualTo(200);
    assertThat(get(dual, "/livez")).isEqualTo(200);

    kubectl(ipv6, "rollout", "status", "daemonset/web6", "--timeout=180s");
    assertThat(podIps(ipv6)).singleElement().satisfies(ip -> assertThat(ip).startsWith("fd00:10:244:"));
    String clusterIp = kubectl(ipv6, "get", "service", "web6", "-o=jsonpath={.spec.clusterIP}");
    assertThat(clusterIp).startsWith("fd00:10:96::");
    String pod = kubectl(ipv6, "get", "pods", "-l", "app=web6", "-o=jsonpath={.items[0].metadata.name}");
    assertHello(httpGetFromPod(ipv6, pod, "[" + clusterIp + "]", 80));
    assertHello(httpGetFromPod(ipv6, pod, "web6.default.svc.cluster.local", 80));
  }

  @Test
  void anIpv6ClusterOnANetworkWithoutIpv6IsRefusedNamingTheNetwork() {
    try (Provider engine = Providers.connect()) {
      engine.ensureNetwork(IPV4_ONLY_NETWORK, Map.of());
    }
    assertThatThrownBy(() -> Kind.cluster().name("kind4j-ipv6-refused").image(TestImages.nodeTag())
        .network(IPV4_ONLY_NETWORK).kubeconfigPath(kubeconfig).config("""
            kind: Cluster
            apiVersion: kind.x-k8s.io/v1alpha4
            networking:
              ipFamily: ipv6
            """).create())
        .isInstanceOf(KindException.class)
        .hasMessageContaining("network '" + IPV4_ONLY_NETWORK + "' has it off")
        .hasMessageContaining("docker network create --ipv6");
    assertThat(Kind.clusters().list()).doesNotContain("kind4j-ipv6-refused");
  }

  /** Each web pod's addresses, comma-separated in the order of {@code status.podIPs}. */
  private static List<String> podIps(Cluster cluster) {
    return List.of(kubectl(cluster, "get", "pods", "-l", "app=web6",
        "-o=jsonpath={range .items[*]}{range .status.podIPs[*]}{.ip}{\",\"}{end}{\" \"}{end}").strip().split(" "))
        .stream().map(ips -> ips.replaceAll(",$", "")).toList();
  }

  private static boolean isIpv6(String ip) {
    return ip.contains(":");
  }

  /** The status of an anonymous GET of {@code path} at the kubeconfig's server, checked against the cluster's CA. */
  private static int get(Cluster cluster, String path) throws Exception {
    String kubeconfig = cluster.kubeconfig();
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("cluster-ca", CertificateFactory.getInstance("X.509").generateCertificate(
        new ByteArrayInputStream(Base64.getDecoder().decode(field(kubeconfig, "certificate-authority-data")))));
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, factory.getTrustManagers(), null);
    HttpClient http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
    URI server = URI.create(field(kubeconfig, "server"));
    return http.send(HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A field's value, without the quotes YAML puts around a URL with an IPv6 address. */
  private static String field(String yaml, String key) {
    Matcher matcher = Pattern.compile("^\\s*" + Pattern.quote(key) + ":\\s*\"?([^\"\\s]+)\"?\\s*$", Pattern.MULTILINE)
        .matcher(yaml);
    assertThat(matcher.find()).as("the kubeconfig has %s", key).isTrue();
    return matcher.group(1);
  }
}
