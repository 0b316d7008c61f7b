package dev.kind4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.spi.Digest;
import dev.kind4j.spi.KindProvider;
import dev.kind4j.spi.KubernetesSource;
import dev.kind4j.spi.NodeImageRequest;
import java.lang.reflect.Proxy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeImageBuilderTest {

  @TempDir
  Path dir;

  @Test
  void detectsTheTypeAsKindDoes() {
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofTree(dir))).isEqualTo(BuildType.DOCKER);
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofTarball(dir.resolve("k.tar.gz")))).isEqualTo(BuildType.TARBALL);
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofUrl(URI.create("https://example.org/k.tar.gz"))))
        .isEqualTo(BuildType.URL);
    assertThat(NodeImageBuilder.defaultType(KubernetesSource.ofRelease("v1.20.2"))).isEqualTo(BuildType.RELEASE);
  }

  @Test
  void recognisesAKubernetesTree() throws IOException {
    assertThat(NodeImageBuilder.isKubernetesTree(dir)).isFalse();
    Files.createDirectories(dir.resolve("cmd/kubeadm"));
    Files.createDirectories(dir.resolve("cmd/kubelet"));
    assertThat(NodeImageBuilder.isKubernetesTree(dir)).isTrue();
  }

  @Test
  void buildTypesAreOpenValues() {
    assertThat(BuildType.of("DOCKER")).isEqualTo(BuildType.DOCKER);
    assertThat(BuildType.of("my-builder").name()).isEqualTo("my-builder");
    assertThatThrownBy(() -> BuildType.of("no spaces")).hasMessageContaining("type");
  }

  @Test
  void badArgumentsNameTheArgumentAndTheFix() {
    NodeImageBuilder builder = new NodeImageBuilder(null);
    assertThatThrownBy(() -> builder.fromSource(dir.resolve("missing"))).hasMessageStartingWith("fromSource:");
    assertThatThrownBy(() -> builder.fromRelease("latest")).hasMessageStartingWith("fromRelease:").hasMessageContaining("v1.20.2");
    assertThatThrownBy(() -> builder.fromUrl(URI.create("ftp://x/y"))).hasMessageStartingWith("fromUrl:");
    assertThatThrownBy(() -> builder.arch("x86")).hasMessageStartingWith("arch:");
    assertThatThrownBy(() -> builder.image("has space:1")).hasMessageStartingWith("image:");
  }

  @Test
  void plainHttpNeedsTheOptIn() {
    NodeImageBuilder builder = new NodeImageBuilder(null).fromUrl(URI.create("http://example.org/k.tar.gz"));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fromUrl: 'http://example.org/k.tar.gz' is plain http")
        .hasMessageContaining("use https, or call allowInsecureHttp(true)");
  }

  @Test
  void theExpectedDigestAndTheHttpOptInReachTheRequest() {
    AtomicReference<NodeImageRequest> sent = new AtomicReference<>();
    KindProvider provider = (KindProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {KindProvider.class}, (proxy, method, args) -> {
          sent.set((NodeImageRequest) args[0]);
          return null;
        });
    String hex = "AB".repeat(32);
    new NodeImageBuilder(provider).fromUrl(URI.create("http://example.org/k.tar.gz")).sha256(hex)
        .allowInsecureHttp(true).arch("amd64").build();
    KubernetesSource source = sent.get().source();
    assertThat(source.expectedDigest()).isEqualTo(Digest.sha256(hex.toLowerCase()));
    assertThat(source.allowInsecureHttp()).isTrue();
    assertThat(source.toString()).isEqualTo("URL http://example.org/k.tar.gz (sha256:" + hex.toLowerCase() + ")");
  }

  @Test
  void aDigestMustBeOneAndCheckADownload() throws IOException {
    NodeImageBuilder builder = new NodeImageBuilder(null);
    assertThatThrownBy(() -> builder.sha256("abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sha256: 'abc' is not a SHA-256 digest").hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> builder.sha512("ab".repeat(32))).hasMessageStartingWith("sha512:")
        .hasMessageContaining("128 hex digits");
    Path tarball = Files.createFile(dir.resolve("k.tar.gz"));
    builder.fromTarball(tarball).sha256("ab".repeat(32));
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sha256: checks a download").hasMessageContaining("fromUrl(url) or fromRelease(version)");
  }
}
