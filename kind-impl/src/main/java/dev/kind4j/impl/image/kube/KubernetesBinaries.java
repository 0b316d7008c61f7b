package dev.kind4j.impl.image.kube;

import java.util.List;

/** The Kubernetes programs a build provides, and which of them a node runs from its own {@code /usr/bin}. */
public final class KubernetesBinaries {

  /** Every program a build compiles or takes: the node's own and those that become the component images. */
  public static final List<String> ALL = List.of("kubeadm", "kubelet", "kubectl", "kube-apiserver",
      "kube-controller-manager", "kube-scheduler", "kube-proxy");

  /**
   * What a node image puts in {@code /usr/bin}, as kind does; the control plane and kube-proxy run from their
   * preloaded images, which carry their own copies.
   */
  public static final List<String> ON_NODE = List.of("kubeadm", "kubelet", "kubectl");

  /** The same as {@code make WHAT=…} targets. */
  public static final String TARGETS = String.join(" ", ALL.stream().map(name -> "cmd/" + name).toList());

  private KubernetesBinaries() {}
}
