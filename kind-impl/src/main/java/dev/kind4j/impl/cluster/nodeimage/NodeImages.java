package dev.kind4j.impl.cluster.nodeimage;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Node images by Kubernetes version: the local ones kind4j built on this engine, and kind's pinned ones. */
public final class NodeImages {

  private static final Duration PULL_WITHIN = Duration.ofMinutes(15);

  private NodeImages() {}

  /** The image for a Kubernetes version such as {@code 1.31} or {@code v1.31.4}, and why it was chosen. */
  public static NodeImageChoice forVersion(Provider engine, String version) {
    return NodeImageChoice.choose(version, local(engine), KindNodeImages.tracked());
  }

  /**
   * The image for nodes given neither an image nor a version: kind's default, pinned by digest, unless it is neither
   * present nor pullable (offline); then the newest node image kind4j built here, with why. kind's default too when
   * there is none, so that the create fails on it with the pull's reason.
   */
  public static NodeImageChoice defaultImage(Provider engine) {
    String pinned = KindNodeImages.tracked().defaultImage();
    if (engine.imageId(pinned).isPresent()) {
      return NodeImageChoice.silent(pinned);
    }
    Optional<KindException> failure = engine.pull(pinned, PULL_WITHIN);
    if (failure.isEmpty()) {
      return NodeImageChoice.silent(pinned);
    }
    return NodeImageChoice.newestLocal(local(engine))
        .map(local -> new NodeImageChoice(local.reference(), "kind's default node image " + pinned + " is neither "
            + "present nor pullable (" + failure.get().getMessage() + "), so the newest node image kind4j built here "
            + "is used: " + local.reference() + " (Kubernetes " + local.version() + ")"))
        .orElse(NodeImageChoice.silent(pinned));
  }

  /**
   * Node images kind4j built here from Kubernetes, under every tag they have; derived images (made {@code from} a
   * node image) are left out, since their additions are not what a version asks for.
   */
  private static List<LocalNodeImage> local(Provider engine) {
    List<LocalNodeImage> found = new ArrayList<>();
    engine.imagesWithLabel(Labels.KUBERNETES_VERSION).forEach(image -> {
      Map<String, String> labels = image.labels();
      if (!"node".equals(labels.get(Labels.IMAGE_KIND)) || labels.containsKey(Labels.DERIVED_FROM)) {
        return;
      }
      KubernetesVersion version = KubernetesVersion.parse(labels.get(Labels.KUBERNETES_VERSION));
      for (String tag : image.tags()) {
        if (!tag.equals("<none>:<none>")) {
          found.add(new LocalNodeImage(tag, version, Instant.ofEpochSecond(image.created())));
        }
      }
    });
    return found;
  }
}
