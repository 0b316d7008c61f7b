package dev.kind4j.impl.cluster.nodeimage;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import java.time.Instant;

/**
 * A node image kind4j built on this engine, under its release tag, such as {@code kind4j/node:v1.20.2}.
 *
 * @param reference the image's reference
 * @param version the Kubernetes release it holds
 * @param created when it was built
 */
record LocalNodeImage(String reference, KubernetesVersion version, Instant created) {}
