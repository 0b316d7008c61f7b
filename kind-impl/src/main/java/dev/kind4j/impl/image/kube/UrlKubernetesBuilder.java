package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link BuildType#URL} and {@link BuildType#RELEASE}: downloads a server tarball (an https or file
 * URL, http only when allowed; a release from Kubernetes' download site), checks its digest, and
 * unpacks it as {@link BuildType#TARBALL} does.
 */
public final class UrlKubernetesBuilder implements KubernetesBuilder {

  /** Kubernetes' download site for releases. */
  static final String RELEASES = "https://dl.k8s.io/";

  private final BuildType type;
  private final UrlFetcher fetcher;

  public UrlKubernetesBuilder() {
    this(BuildType.URL, UrlFetcher.DEFAULT);
  }

  UrlKubernetesBuilder(BuildType type, UrlFetcher fetcher) {
    this.type = type;
    this.fetcher = fetcher;
  }

  /** The same builder for {@link BuildType#RELEASE}, registered separately so each type has its own entry. */
  public static final class Release implements KubernetesBuilder {
    private final UrlKubernetesBuilder delegate = new UrlKubernetesBuilder(BuildType.RELEASE, UrlFetcher.DEFAULT);

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
    if ("http".equals(url.getScheme()) && !context.source().allowInsecureHttp()) {
      throw new KindException("fromUrl: '" + url + "' is plain http, which anyone on the way can alter; "
          + "use https, or call allowInsecureHttp(true), ideally with sha256(hex)");
    }
    Path tarball = context.workDirectory().resolve("kubernetes-server-linux-" + context.arch() + ".tar.gz");
    Progress progress = Progress.of(context.progress());
    progress.step("Downloading " + url, () -> {
      new TarballDownload(fetcher, progress).download(url, tarball, context.source().expectedDigestIfAny(),
          context.source().release() != null);
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
}
