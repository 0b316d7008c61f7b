package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.ProgressListener;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.testing.FakeServerTarball;
import dev.kind4j.impl.testing.TestBuildContext;
import dev.kind4j.spi.Digest;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local HTTP server: checksums, the http opt-in, and a stalled transfer. */
class UrlKubernetesBuilderTest {

  private static final String TARBALL = "/kubernetes-server-linux-amd64.tar.gz";

  @TempDir
  Path dir;

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<String> infos = new ArrayList<>();
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private HttpServer server;
  private byte[] tarball;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.createContext("/", exchange -> {
      byte[] body = files.get(exchange.getRequestURI().getPath());
      try (exchange) {
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.createContext("/stalls", exchange -> {
      exchange.sendResponseHeaders(200, 1000);
      exchange.getResponseBody().write(new byte[10]);
      exchange.getResponseBody().flush();
      sleep(Duration.ofSeconds(5));
      exchange.close();
    });
    server.start();
    tarball = FakeServerTarball.of(KubernetesBinaries.ALL);
    files.put(TARBALL, tarball);
  }

  @AfterEach
  void stop() {
    handlers.shutdownNow();
    server.stop(0);
  }

  @Test
  void aTarballMatchingItsPublishedSha256IsUnpacked() {
    files.put(TARBALL + ".sha256", (hex("SHA-256", tarball) + "  kubernetes-server-linux-amd64.tar.gz\n")
        .getBytes(StandardCharsets.UTF_8));
    KubernetesArtifacts artifacts = build(KubernetesSource.ofUrl(url(TARBALL)).withInsecureHttp(true));
    assertThat(artifacts.version()).isEqualTo("v1.20.2");
    assertThat(artifacts.binaries().resolve("kubeadm")).hasContent("kubeadm");
    assertThat(infos).anyMatch(line -> line.contains("Checked the SHA-256") && line.contains(TARBALL + ".sha256"));
  }

  @Test
  void aTarballMatchingItsPublishedSha512IsUnpacked() {
    files.put(TARBALL + ".sha512", hex("SHA-512", tarball).getBytes(StandardCharsets.UTF_8));
    assertThat(build(KubernetesSource.ofUrl(url(TARBALL)).withInsecureHttp(true)).version()).isEqualTo("v1.20.2");
  }

  @Test
  void aTarballNotMatchingItsPublishedChecksumIsRefusedAndDeleted() {
    String wrong = "ab".repeat(32);
    files.put(TARBALL + ".sha256", wrong.getBytes(StandardCharsets.UTF_8));
    Path work = dir.resolve("work");
    assertThatThrownBy(() -> new UrlKubernetesBuilder(BuildType.URL, UrlFetcher.DEFAULT)
        .build(new TestBuildContext(KubernetesSource.ofUrl(url(TARBALL)).withInsecureHttp(true), work)))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("refusing " + url(TARBALL))
        .hasMessageContaining("expected " + wrong)
        .hasMessageContaining("SHA-256 is " + hex("SHA-256", tarball));
    assertThat(work.resolve("kubernetes-server-linux-amd64.tar.gz")).doesNotExist();
    assertThat(work.resolve("unpacked")).doesNotExist();
  }

  @Test
  void anExpectedDigestIsCheckedInsteadOfThePublishedOne() {
    files.put(TARBALL + ".sha256", hex("SHA-256", tarball).getBytes(StandardCharsets.UTF_8));
    String wrong = "cd".repeat(64);
    KubernetesSource pinned = KubernetesSource.ofUrl(url(TARBALL)).withInsecureHttp(true)
        .withExpectedDigest(Digest.sha512(wrong));
    assertThatThrownBy(() -> build(pinned)).isInstanceOf(KindException.class)
        .hasMessageContaining("expected " + wrong + " (given with sha512(hex))");
    files.remove(TARBALL + ".sha256");
    KubernetesSource right = pinned.withExpectedDigest(Digest.sha256(hex("SHA-256", tarball).toUpperCase()));
    assertThat(build(right).version()).isEqualTo("v1.20.2");
  }

  @Test
  void withoutAPublishedChecksumAUrlIsDownloadedWithOneCalmLine() {
    assertThat(build(KubernetesSource.ofUrl(url(TARBALL)).withInsecureHttp(true)).version()).isEqualTo("v1.20.2");
    assertThat(infos).anyMatch(line -> line.startsWith("No checksum is published beside " + url(TARBALL)));
  }

  @Test
  void aDownloadThatMustBeCheckedIsRefusedWithoutAPublishedChecksum() {
    TarballDownload download = new TarballDownload(UrlFetcher.DEFAULT, Progress.of(ProgressListener.NONE));
    Path target = dir.resolve("release.tar.gz");
    assertThatThrownBy(() -> download.download(url(TARBALL), target, Optional.empty(), true))
        .isInstanceOf(KindException.class)
        .hasMessageContaining(url(TARBALL) + ".sha256")
        .hasMessageContaining("sha256(hex)");
    assertThat(target).doesNotExist();
  }

  @Test
  void aPublishedFileWithoutADigestIsReported() {
    files.put(TARBALL + ".sha256", "<html>not found</html>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> build(KubernetesSource.ofUrl(url(TARBALL)).withInsecureHttp(true)))
        .isInstanceOf(KindException.class)
        .hasMessageContaining(TARBALL + ".sha256 holds no sha256 digest")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainHttpNeedsTheOptIn() {
    assertThatThrownBy(() -> build(KubernetesSource.ofUrl(url(TARBALL))))
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("fromUrl: '" + url(TARBALL) + "' is plain http")
        .hasMessageContaining("allowInsecureHttp(true)");
  }

  @Test
  void aMissingTarballNamesTheUrl() {
    assertThatThrownBy(() -> build(KubernetesSource.ofUrl(url("/nothing.tar.gz")).withInsecureHttp(true)))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("downloading " + url("/nothing.tar.gz") + " failed: there is nothing at that address");
  }

  @Test
  void aStalledTransferFailsAfterTheStallTimeout() {
    UrlFetcher impatient = new UrlFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(300));
    TarballDownload download = new TarballDownload(impatient, Progress.of(ProgressListener.NONE));
    long start = System.nanoTime();
    assertThatThrownBy(() -> download.download(url("/stalls"), dir.resolve("stalled"), Optional.of(
        Digest.sha256("00".repeat(32))), false))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("no data from " + url("/stalls"))
        .hasCauseInstanceOf(HttpTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    assertThat(dir.resolve("stalled")).doesNotExist();
  }

  @Test
  void checksumFilesAreNamedBeforeAnyQuery() {
    assertThat(TarballDownload.sibling(URI.create("https://example.org/k.tar.gz?sig=1"), "sha256"))
        .isEqualTo(URI.create("https://example.org/k.tar.gz.sha256?sig=1"));
    assertThat(TarballDownload.sibling(URI.create("file:/tmp/k.tar.gz"), "sha512"))
        .isEqualTo(URI.create("file:/tmp/k.tar.gz.sha512"));
  }

  private KubernetesArtifacts build(KubernetesSource source) {
    ProgressListener recording = new ProgressListener() {
      @Override
      public void info(String message) {
        infos.add(message);
      }
    };
    Path work = dir.resolve("work-" + System.nanoTime());
    return new UrlKubernetesBuilder(BuildType.URL, UrlFetcher.DEFAULT).build(new TestBuildContext(source, work,
        recording));
  }

  private URI url(String path) {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
  }

  private static String hex(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
