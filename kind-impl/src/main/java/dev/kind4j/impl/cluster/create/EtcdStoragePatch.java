package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import dev.kind4j.impl.node.NodeContainer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Drops etcd's ephemeral-storage request on control planes that join, where kubeadm 1.19–1.21 asks for it.
 *
 * <p>A kubelet that has just started may not know its node's ephemeral storage yet. It then refuses the etcd static
 * pod ("no set of running pods found to reclaim resources: ephemeral-storage") and never retries. {@code kubeadm join}
 * has already added the etcd member, so it waits for one that never starts, and the cluster loses its quorum
 * (kubernetes/kubernetes#99305). kubeadm 1.22 dropped the request (kubernetes/kubernetes#102673). For older kubeadm,
 * a strategic merge patch through {@code --experimental-patches} drops it; the patch is a no-op where the request
 * is absent.
 */
final class EtcdStoragePatch {

  static final String DIRECTORY = "/kind/kubeadm-patches";
  static final String ETCD_PATCH = """
      spec:
        containers:
        - name: etcd
          resources:
            requests:
              ephemeral-storage: null
      """;

  private EtcdStoragePatch() {}

  /** Whether kubeadm of this version asks for the storage and takes {@code --experimental-patches}. */
  static boolean appliesTo(KubernetesVersion version) {
    return version.isAtLeast(1, 19) && !version.isAtLeast(1, 22);
  }

  /** Writes the patch onto the node when it applies; returns the flags that give it to {@code kubeadm join}. */
  static List<String> flags(CreationContext context, NodeContainer node) {
    if (!appliesTo(context.kubeadmInputs.get(node.name()).kubernetesVersion())) {
      return List.of();
    }
    node.write(DIRECTORY + "/etcd.yaml", ETCD_PATCH.getBytes(StandardCharsets.UTF_8), 0600);
    return List.of("--experimental-patches=" + DIRECTORY);
  }
}
