package dev.kind4j.impl.cluster.nodeimage;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import java.time.Instant;

/**
 * A node image kind4j built from Kubernetes on this engine, under one of its tags.
 *
 * @param reference the image's reference, such as {@code kind4j/node:v1.20.2}
 * @param version the Kubernetes release it holds
 * @param created when it was built
 */
record LocalNodeImage(String reference, KubernetesVersion version, Instant created) {

  /** Whether its tag is the release it holds, as in {@code kind4j/node:v1.20.2}: such tags are preferred. */
  boolean taggedWithItsRelease() {
    return reference.endsWith(":v" + version.major() + "." + version.minor() + "." + version.patch());
  }
}
