package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.image.node.NodeImageManifest;
import java.util.Optional;

/** Which DNS add-on a cluster gets, from what its node image holds. */
enum ClusterDns {
  /** CoreDNS, which kubeadm installs from the node image. */
  COREDNS,
  /** kind4j's offline DNS, which {@link InstallDns} installs. */
  OFFLINE,
  /** None: pods cannot resolve service names. */
  NONE;

  /** kind's images carry no manifest and CoreDNS; kind4j's say which DNS they preload. */
  static ClusterDns of(Optional<NodeImageManifest> manifest) {
    if (manifest.isEmpty() || manifest.get().dns()) {
      return COREDNS;
    }
    return manifest.get().offlineDnsImage() != null ? OFFLINE : NONE;
  }

  /** One line for the create log: which DNS, and why. */
  String describe(Optional<NodeImageManifest> manifest) {
    return switch (this) {
      case COREDNS -> "Cluster DNS: CoreDNS, installed by kubeadm from the node image";
      case OFFLINE -> "Cluster DNS: kind4j's offline DNS (unbound, fed from the API server), because the node image "
          + "has no CoreDNS; its image is " + manifest.orElseThrow().offlineDnsImage();
      case NONE -> "The node image has no DNS image (neither CoreDNS nor kind4j's offline DNS), so the cluster gets no "
          + "DNS add-on: pods cannot resolve service names. Everything else works. Rebuild the node image with this "
          + "kind4j to get the offline DNS.";
    };
  }
}
