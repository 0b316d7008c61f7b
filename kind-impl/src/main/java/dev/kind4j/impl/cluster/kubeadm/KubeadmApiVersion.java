package dev.kind4j.impl.cluster.kubeadm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The {@code kubeadm.k8s.io} config API a Kubernetes release reads, and how its shapes differ. */
public enum KubeadmApiVersion {
  /** Below Kubernetes 1.23; it cannot list skipped phases, so they go on the command line. */
  V1BETA2("kubeadm.k8s.io/v1beta2"),
  /** Kubernetes 1.23 to 1.35. */
  V1BETA3("kubeadm.k8s.io/v1beta3"),
  /** Kubernetes 1.36 on, where extra arguments are a list of {@code {name, value}}, not a map. */
  V1BETA4("kubeadm.k8s.io/v1beta4");

  private final String apiVersion;

  KubeadmApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /** The version kind renders for {@code version}: v1beta2 below 1.23, v1beta3 below 1.36, else v1beta4. */
  public static KubeadmApiVersion forKubernetes(KubernetesVersion version) {
    if (!version.isAtLeast(1, 23)) {
      return V1BETA2;
    }
    return version.isAtLeast(1, 36) ? V1BETA4 : V1BETA3;
  }

  /** The {@code apiVersion} value, such as {@code kubeadm.k8s.io/v1beta3}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Whether Init- and JoinConfiguration have a {@code skipPhases} field. */
  public boolean hasSkipPhases() {
    return this != V1BETA2;
  }

  /** Sets {@code parent.field} to {@code args} in this version's shape; nothing when there are none. */
  void putExtraArgs(ObjectNode parent, String field, Map<String, String> args) {
    if (args.isEmpty()) {
      return;
    }
    if (this == V1BETA4) {
      ArrayNode list = parent.putArray(field);
      args.forEach((name, value) -> list.addObject().put("name", name).put("value", value));
    } else {
      ObjectNode map = parent.putObject(field);
      args.forEach(map::put);
    }
  }
}
