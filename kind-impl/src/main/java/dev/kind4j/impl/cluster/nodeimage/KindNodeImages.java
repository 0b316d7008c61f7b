package dev.kind4j.impl.cluster.nodeimage;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import dev.kind4j.impl.util.Resources;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code kindest/node} images that the kind release kind4j tracks lists in its release notes, pinned by digest,
 * with kind's default among them. Kept as a resource, {@code kind-node-images.txt}: a {@code # kind <release>}
 * line, then one {@code <version> <reference>} line per image, the default first.
 *
 * @param release the kind release, such as {@code v0.26.0}
 * @param images each Kubernetes release's image reference, the default first
 */
record KindNodeImages(String release, Map<KubernetesVersion, String> images) {

  private static final String RESOURCE = "/dev/kind4j/impl/cluster/nodeimage/kind-node-images.txt";

  KindNodeImages {
    images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
  }

  /** The table kind4j ships. */
  static KindNodeImages tracked() {
    return parse(Resources.text(RESOURCE));
  }

  static KindNodeImages parse(String text) {
    String release = null;
    Map<KubernetesVersion, String> images = new LinkedHashMap<>();
    for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      if (line.startsWith("# kind ")) {
        release = line.substring("# kind ".length()).strip();
      } else if (!line.startsWith("#")) {
        String[] fields = line.split("\\s+");
        if (fields.length != 2 || !fields[1].contains("@sha256:")) {
          throw new IllegalStateException("kind-node-images.txt: '" + line + "' is not '<version> <image>@sha256:…'");
        }
        images.put(KubernetesVersion.parse(fields[0]), fields[1]);
      }
    }
    if (release == null || images.isEmpty()) {
      throw new IllegalStateException("kind-node-images.txt names no kind release or no image");
    }
    return new KindNodeImages(release, images);
  }

  /** kind's default node image for this release. */
  String defaultImage() {
    return images.values().iterator().next();
  }

  /** The Kubernetes releases listed, oldest first. */
  List<KubernetesVersion> versions() {
    return images.keySet().stream().sorted(Comparator.naturalOrder()).toList();
  }
}
