package dev.kind4j.spi;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link KubernetesBuilder} produced, for kind4j to pack into a node image.
 *
 * @param version the Kubernetes version, such as {@code v1.20.2}
 * @param binaries a directory holding {@code kubeadm}, {@code kubelet}, {@code kubectl},
 *     {@code kube-apiserver}, {@code kube-controller-manager}, {@code kube-scheduler} and {@code kube-proxy}
 * @param imageArchives a directory of {@code docker save} archives of the control-plane images
 *     (as in a server tarball's {@code bin/*.tar}), or {@code null} to have kind4j build them from the binaries
 */
public record KubernetesArtifacts(String version, Path binaries, Path imageArchives) {

  public KubernetesArtifacts {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(binaries, "binaries");
  }

  /** Artifacts with binaries only. */
  public static KubernetesArtifacts ofBinaries(String version, Path binaries) {
    return new KubernetesArtifacts(version, binaries, null);
  }

  public Optional<Path> imageArchivesIfAny() {
    return Optional.ofNullable(imageArchives);
  }
}
