package dev.kind4j.impl.cluster.kubeadm;

import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.impl.util.Yaml;

/** Builds the kubelet's and kube-proxy's configuration documents that kubeadm hands on. */
final class ComponentConfigs {

  private final KubeadmInput input;

  ComponentConfigs(KubeadmInput input) {
    this.input = input;
  }

  ObjectNode kubelet() {
    ObjectNode doc = Yaml.resource(ComponentConfigs.class, "kubelet-configuration.yaml");
    doc.put("cgroupDriver", input.cgroupDriver());
    if (input.ipFamily() == IpFamily.IPV6) {
      doc.put("address", "::").put("healthzBindAddress", "::");
    }
    putFeatureGates(doc);
    return doc;
  }

  ObjectNode kubeProxy() {
    ObjectNode doc = Yaml.resource(ComponentConfigs.class, "kube-proxy-configuration.yaml");
    doc.put("mode", input.kubeProxyMode().value());
    putFeatureGates(doc);
    if (input.kubeProxyMode() == KubeProxyMode.NFTABLES) {
      // nftables mode wants nf_conntrack_tcp_be_liberal, a per-namespace setting.
      ((ObjectNode) doc.path("conntrack")).put("tcpBeLiberal", true);
    }
    return doc;
  }

  private void putFeatureGates(ObjectNode doc) {
    if (!input.featureGates().isEmpty()) {
      ObjectNode gates = doc.putObject("featureGates");
      input.featureGates().forEach(gates::put);
    }
  }
}
