package dev.kind4j.impl.image.node;

import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Exited;
import dev.kind4j.impl.provider.Provider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The pause, etcd and CoreDNS images kubeadm lists for a release, pulled as kind does when a
 * registry answers. Offline, kind4j builds pause and etcd itself, and its own cluster DNS in place of CoreDNS.
 *
 * @param pause such as {@code k8s.gcr.io/pause:3.2}
 * @param etcd such as {@code k8s.gcr.io/etcd:3.4.13-0}
 * @param coreDns such as {@code k8s.gcr.io/coredns:1.7.0}
 */
record UpstreamImages(String pause, String etcd, String coreDns) {

  /**
   * All three, pulled, or empty when kubeadm cannot list them or any pull fails. kubeadm runs in a
   * container of {@code baseImage}.
   */
  static Optional<UpstreamImages> pull(Provider engine, String baseImage, Path kubeadm, String version,
      Progress progress) {
    Optional<UpstreamImages> listed = list(engine, baseImage, kubeadm, version, progress);
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    for (String image : listed.get().all()) {
      Optional<KindException> failure = engine.imageId(image).isPresent() ? Optional.empty()
          : engine.pull(image, Duration.ofMinutes(10));
      if (failure.isPresent()) {
        progress.info("Building pause, etcd and DNS (kind4j's unbound in place of CoreDNS) offline, because " + image
            + " could not be pulled (" + failure.get().getMessage() + ")");
        return Optional.empty();
      }
    }
    progress.info("Using kubeadm's own " + String.join(", ", listed.get().all()));
    return listed;
  }

  List<String> all() {
    return List.of(pause, etcd, coreDns);
  }

  /** What {@code kubeadm config images list} names, run in a container of {@code image}. */
  static Optional<UpstreamImages> list(Provider engine, String image, Path kubeadm, String version,
      Progress progress) {
    Exited result = KubeadmContainer.run(engine, image, kubeadm, "config", "images", "list",
        "--kubernetes-version", version);
    if (result.exitCode() != 0) {
      progress.info("Building pause, etcd and DNS (kind4j's unbound in place of CoreDNS) offline, because kubeadm "
          + "could not list its images (exit code "
          + result.exitCode() + "): " + result.output().strip());
      return Optional.empty();
    }
    List<String> images = result.output().lines().map(String::strip).filter(line -> line.matches("\\S+/\\S+:\\S+"))
        .toList();
    Optional<String> pause = find(images, "/pause:");
    Optional<String> etcd = find(images, "/etcd:");
    Optional<String> coreDns = images.stream().filter(name -> name.contains("coredns")).findFirst();
    return pause.isPresent() && etcd.isPresent() && coreDns.isPresent()
        ? Optional.of(new UpstreamImages(pause.get(), etcd.get(), coreDns.get())) : Optional.empty();
  }

  private static Optional<String> find(List<String> images, String marker) {
    return images.stream().filter(image -> image.contains(marker)).findFirst();
  }
}
