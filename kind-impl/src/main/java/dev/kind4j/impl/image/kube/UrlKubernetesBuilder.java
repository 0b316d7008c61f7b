package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link BuildType#URL} and {@link BuildType#RELEASE}: downloads a server tarball (http, https or
 * file URL; a release from Kubernetes' download site) and unpacks it as {@link BuildType#TARBALL} does.
 */
public final class UrlKubernetesBuilder implements KubernetesBuilder {

  /** Kubernetes' download site for releases. */
  static final String RELEASES = "https://dl.k8s.io/";

  private final BuildType type;

  public UrlKubernetesBuilder() {
    this(BuildType.URL);
  }

  UrlKubernetesBuilder(BuildType type) {
    this.type = type;
  }

  /** The same builder for {@link BuildType#RELEASE}, registered separately so each type has its own entry. */
  public static final class Release implements KubernetesBuilder {
    private final UrlKubernetesBuilder delegate = new UrlKubernetesBuilder(BuildType.RELEASE);

    @Override
    public BuildType type() {
      return BuildType.RELEASE;
    }

    @Override
    public KubernetesArtifacts build(KubernetesBuildContext context) {
      return delegate.build(context);
    }
  }

  @Override
  public BuildType type() {
    return type;
  }

  @Override
  public KubernetesArtifacts build(KubernetesBuildContext context) {
    URI url = url(context);
    Path tarball = context.workDirectory().resolve("kubernetes-server-linux-" + context.arch() + ".tar.gz");
    Progress.of(context.progress()).step("Downloading " + url, () -> {
      download(url, tarball);
      return null;
    });
    return ServerTarball.unpack(tarball, context.workDirectory().resolve("unpacked"), context.requestedVersion()
        .or(() -> Optional.ofNullable(context.source().release())));
  }

  /** The tarball's address: the source's URL, or the release's on Kubernetes' download site. */
  static URI url(KubernetesBuildContext context) {
    if (context.source().url() != null) {
      return context.source().url();
    }
    if (context.source().release() != null) {
      return URI.create(RELEASES + context.source().release() + "/kubernetes-server-linux-" + context.arch() + ".tar.gz");
    }
    throw new KindException("type " + context.source() + ": use fromUrl(url) or fromRelease(version)");
  }

  private static void download(URI url, Path target) {
    try {
      Files.createDirectories(target.getParent());
      if ("file".equals(url.getScheme())) {
        Files.copy(Path.of(url), target);
        return;
      }
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(30)).build();
      HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new KindException("downloading " + url + " failed with HTTP " + response.statusCode());
      }
      try (InputStream body = response.body()) {
        Files.copy(body, target);
      }
    } catch (IOException e) {
      throw new KindException("downloading " + url + " failed: " + e.getMessage()
          + "; without network access use fromTarball(path) or fromSource(path)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while downloading " + url, e);
    }
  }
}
