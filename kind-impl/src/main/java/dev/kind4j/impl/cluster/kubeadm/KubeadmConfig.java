package dev.kind4j.impl.cluster.kubeadm;

import dev.kind4j.config.KubeProxyMode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.util.Yaml;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a node's kubeadm configuration as kind does, in the kubeadm API its Kubernetes version
 * reads (see {@link KubeadmApiVersion}).
 *
 * <p>The first control-plane node gets Cluster-, Init-, Kubelet- and KubeProxyConfiguration for {@code
 * kubeadm init}; other nodes get Join-, Kubelet- and KubeProxyConfiguration for {@code kubeadm join}, with their
 * own API endpoint when they join the control plane.
 * KubeProxyConfiguration is left out when kube-proxy is off. Apply the user's patches to the result
 * with {@link KubeadmPatches}.
 */
public final class KubeadmConfig {

  private KubeadmConfig() {}

  /** The configuration as a YAML stream of {@code ---}-separated documents. */
  public static String render(KubeadmInput input) {
    KubeadmDocuments kubeadm = new KubeadmDocuments(input);
    ComponentConfigs components = new ComponentConfigs(input);
    List<ObjectNode> documents = new ArrayList<>();
    if (input.role() == NodeRole.CONTROL_PLANE && !input.joinsControlPlane()) {
      documents.add(kubeadm.clusterConfiguration());
      documents.add(kubeadm.initConfiguration(skipPhases(input)));
    } else {
      documents.add(kubeadm.joinConfiguration(skipPhases(input)));
    }
    documents.add(components.kubelet());
    if (input.kubeProxyMode() != KubeProxyMode.NONE) {
      documents.add(components.kubeProxy());
    }
    return Yaml.writeAll(documents);
  }

  /**
   * The phases the node's {@code kubeadm init} or {@code join} skips: always preflight, whose host
   * checks a node container cannot pass; for init also {@code addon/kube-proxy} when kube-proxy is off, and the input's
   * own. From v1beta3 they are in the rendered configuration; for v1beta2 pass them as {@code
   * --skip-phases}.
   */
  public static List<String> skipPhases(KubeadmInput input) {
    List<String> phases = new ArrayList<>(List.of("preflight"));
    if (input.role() == NodeRole.CONTROL_PLANE && !input.joinsControlPlane()) {
      if (input.kubeProxyMode() == KubeProxyMode.NONE) {
        phases.add("addon/kube-proxy");
      }
      input.skippedInitPhases().stream().filter(phase -> !phases.contains(phase)).forEach(phases::add);
    }
    return List.copyOf(phases);
  }
}
