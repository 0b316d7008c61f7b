package dev.kind4j.spi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a node image's Kubernetes comes from: exactly one of a source tree, a server tarball, a
 * URL of one, or a release version; for the downloads, how they are checked.
 *
 * @param tree a Kubernetes source tree
 * @param tarball a local {@code kubernetes-server-linux-<arch>.tar.gz}
 * @param url the address of such a tarball
 * @param release a release version, such as {@code v1.20.2}
 * @param expectedDigest the digest the downloaded tarball must have, checked instead of a published
 *     one; {@code null} when not given
 * @param allowInsecureHttp whether {@code url} may be plain {@code http}
 */
public record KubernetesSource(Path tree, Path tarball, URI url, String release, Digest expectedDigest,
    boolean allowInsecureHttp) {

  public static KubernetesSource ofTree(Path tree) {
    return new KubernetesSource(tree, null, null, null, null, false);
  }

  public static KubernetesSource ofTarball(Path tarball) {
    return new KubernetesSource(null, tarball, null, null, null, false);
  }

  public static KubernetesSource ofUrl(URI url) {
    return new KubernetesSource(null, null, url, null, null, false);
  }

  public static KubernetesSource ofRelease(String version) {
    return new KubernetesSource(null, null, null, version, null, false);
  }

  /** This source, whose download must have {@code digest} ({@code null} for the published one). */
  public KubernetesSource withExpectedDigest(Digest digest) {
    return new KubernetesSource(tree, tarball, url, release, digest, allowInsecureHttp);
  }

  /** This source, allowed or not to download over plain {@code http}. */
  public KubernetesSource withInsecureHttp(boolean allowed) {
    return new KubernetesSource(tree, tarball, url, release, expectedDigest, allowed);
  }

  public Optional<Path> treeIfAny() {
    return Optional.ofNullable(tree);
  }

  public Optional<Digest> expectedDigestIfAny() {
    return Optional.ofNullable(expectedDigest);
  }

  /** Whether this source is downloaded: a URL or a release. */
  public boolean isDownload() {
    return url != null || release != null;
  }

  @Override
  public String toString() {
    String where = tree != null ? "source tree " + tree
        : tarball != null ? "tarball " + tarball
        : url != null ? "URL " + url
        : "release " + release;
    return expectedDigest == null ? where : where + " (" + expectedDigest + ")";
  }
}
