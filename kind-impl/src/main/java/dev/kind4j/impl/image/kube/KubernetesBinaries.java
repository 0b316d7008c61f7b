package dev.kind4j.impl.image.kube;

import java.util.List;

/** The Kubernetes programs a node image carries. */
public final class KubernetesBinaries {

  /** Everything kind puts in {@code /usr/bin}. */
  public static final List<String> ALL = List.of("kubeadm", "kubelet", "kubectl", "kube-apiserver",
      "kube-controller-manager", "kube-scheduler", "kube-proxy");

  /** The same as {@code make WHAT=…} targets. */
  public static final String TARGETS = String.join(" ", ALL.stream().map(name -> "cmd/" + name).toList());

  private KubernetesBinaries() {}
}
