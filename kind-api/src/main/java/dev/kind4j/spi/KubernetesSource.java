package dev.kind4j.spi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a node image's Kubernetes comes from: exactly one of a source tree, a server tarball, a
 * URL of one, or a release version.
 *
 * @param tree a Kubernetes source tree
 * @param tarball a local {@code kubernetes-server-linux-<arch>.tar.gz}
 * @param url the address of such a tarball
 * @param release a release version, such as {@code v1.20.2}
 */
public record KubernetesSource(Path tree, Path tarball, URI url, String release) {

  public static KubernetesSource ofTree(Path tree) {
    return new KubernetesSource(tree, null, null, null);
  }

  public static KubernetesSource ofTarball(Path tarball) {
    return new KubernetesSource(null, tarball, null, null);
  }

  public static KubernetesSource ofUrl(URI url) {
    return new KubernetesSource(null, null, url, null);
  }

  public static KubernetesSource ofRelease(String version) {
    return new KubernetesSource(null, null, null, version);
  }

  public Optional<Path> treeIfAny() {
    return Optional.ofNullable(tree);
  }

  @Override
  public String toString() {
    return tree != null ? "source tree " + tree
        : tarball != null ? "tarball " + tarball
        : url != null ? "URL " + url
        : "release " + release;
  }
}
