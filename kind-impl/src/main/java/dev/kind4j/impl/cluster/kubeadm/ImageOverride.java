package dev.kind4j.impl.cluster.kubeadm;

/**
 * Where kubeadm takes one add-on image from, such as etcd's or CoreDNS's. kubeadm appends the image's
 * own name: {@code repository=kind4j, tag=3.4.23-0} gives {@code kind4j/etcd:3.4.23-0} for etcd.
 *
 * @param repository the registry and path before the image name, such as {@code kind4j} or {@code localhost:5000/k8s}
 * @param tag such as {@code 3.4.13-0}
 */
public record ImageOverride(String repository, String tag) {

  public ImageOverride {
    if (repository == null || repository.isBlank() || tag == null || tag.isBlank()) {
      throw new IllegalArgumentException(
          "image override: repository '" + repository + "' and tag '" + tag + "' must both be set");
    }
  }
}
