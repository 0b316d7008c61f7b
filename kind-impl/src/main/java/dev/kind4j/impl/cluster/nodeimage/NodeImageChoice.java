package dev.kind4j.impl.cluster.nodeimage;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The node image for a Kubernetes version asked by number: a local node image kind4j built of that version when one
 * exists (the newest patch for a minor, then one tagged with its release, then the newest build), else the image
 * kind's release lists for it (the newest patch for a minor).
 *
 * @param reference the image to use
 * @param reason why, in one line for the create log; empty when there is nothing to say
 */
public record NodeImageChoice(String reference, String reason) {

  private static final Comparator<LocalNodeImage> NEWEST = Comparator.comparing(LocalNodeImage::version)
      .thenComparing(LocalNodeImage::taggedWithItsRelease).thenComparing(LocalNodeImage::created);

  /** An image that needs no explanation, such as kind's default. */
  static NodeImageChoice silent(String reference) {
    return new NodeImageChoice(reference, "");
  }

  /** The newest of {@code local} images: highest release, then one tagged with its release, then the newest build. */
  static Optional<LocalNodeImage> newestLocal(List<LocalNodeImage> local) {
    return local.stream().max(NEWEST);
  }

  /** The image for {@code requested} among {@code local} images and kind's {@code table}. */
  static NodeImageChoice choose(String requested, List<LocalNodeImage> local, KindNodeImages table) {
    RequestedVersion version = RequestedVersion.parse(requested);
    return local.stream()
        .filter(image -> version.matches(image.version()))
        .max(NEWEST)
        .map(image -> new NodeImageChoice(image.reference(), "Kubernetes " + version + ": the local node image "
            + image.reference() + " built by kind4j"))
        .orElseGet(() -> fromTable(version, local, table));
  }

  private static NodeImageChoice fromTable(RequestedVersion version, List<LocalNodeImage> local, KindNodeImages table) {
    return table.images().entrySet().stream()
        .filter(entry -> version.matches(entry.getKey()))
        .max(Map.Entry.comparingByKey())
        .map(entry -> new NodeImageChoice(entry.getValue(), "Kubernetes " + version + ": " + entry.getValue()
            + " from kind " + table.release() + "'s release"))
        .orElseThrow(() -> new KindException("kubernetesVersion: kind4j knows no node image of Kubernetes " + version
            + "; kind " + table.release() + " lists " + list(table.versions())
            + (local.isEmpty() ? "" : ", and kind4j built " + list(local.stream().map(LocalNodeImage::version)
                .distinct().sorted().toList()) + " here")
            + "; pick one of those, or build one with Kind.nodeImage()…build() and pass it to image(…)"));
  }

  private static String list(List<KubernetesVersion> versions) {
    return versions.stream().map(KubernetesVersion::toString).collect(Collectors.joining(", "));
  }
}
