package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.node.NodeContainer;

/**
 * Runs {@code kubeadm init} on the first control-plane node, then reads the admin kubeconfig it wrote. A cluster
 * without workers gets no control-plane taint, through its configuration.
 */
final class StartControlPlane implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Starting control-plane 🕹️";
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer node = context.bootstrapControlPlane();
    Kubeadm.run(context, node, "init", "--skip-token-print");
    context.adminKubeconfig = node.exec("cat", "/etc/kubernetes/admin.conf").stdout();
  }
}
