package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.cluster.dns.OfflineDns;
import dev.kind4j.impl.node.NodeContainer;

/**
 * Installs kind4j's offline cluster DNS when the node image has no CoreDNS (kubeadm installs CoreDNS otherwise), at
 * the address and for the domain that kubelet's configuration hands to pods.
 */
final class InstallDns implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Installing DNS 🧭";
  }

  @Override
  public boolean applies(CreationContext context) {
    return context.dns == ClusterDns.OFFLINE;
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer controlPlane = context.bootstrapControlPlane();
    String kubeletConfig = controlPlane.exec("cat", OfflineDns.KUBELET_CONFIG).stdout();
    OfflineDns dns = OfflineDns.forKubelet(context.manifest.orElseThrow().offlineDnsImage(), kubeletConfig);
    Manifests.apply(controlPlane, "/kind/manifests/kind4j-dns.yaml", dns.manifest());
  }
}
