package dev.kind4j.impl.image.node;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import java.util.List;

/** The names kubeadm expects for the images it runs, per Kubernetes version. */
public final class ControlPlaneImages {

  /** The images built from the Kubernetes binaries themselves. */
  public static final List<String> FROM_BINARIES = List.of(
      "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kube-proxy");

  private ControlPlaneImages() {}

  /** kubeadm's default image repository: {@code registry.k8s.io} from 1.25 on, {@code k8s.gcr.io} before. */
  public static String repository(String kubernetesVersion) {
    return KubernetesVersion.parse(kubernetesVersion).minor() >= 25 ? "registry.k8s.io" : "k8s.gcr.io";
  }

  /** The reference kubeadm uses for a component, such as {@code k8s.gcr.io/kube-apiserver:v1.20.2}. */
  public static String reference(String kubernetesVersion, String component) {
    return repository(kubernetesVersion) + "/" + component + ":" + kubernetesVersion.replace('+', '_');
  }
}
