package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.node.NodeContainer;

/**
 * Runs {@code kubeadm init} on the first control-plane node, then reads the admin kubeconfig it wrote. A cluster
 * without workers gets no control-plane taint, through its configuration. With several control planes, it uploads
 * the certificates they share, encrypted with the configuration's key, for the others to fetch as they join.
 */
final class StartControlPlane implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Starting control-plane 🕹️";
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer node = context.bootstrapControlPlane();
    if (context.kubeadmInputs.get(node.name()).certificateKey().isPresent()) {
      Kubeadm.run(context, node, "init", "--skip-token-print", "--upload-certs");
    } else {
      Kubeadm.run(context, node, "init", "--skip-token-print");
    }
    context.adminKubeconfig = node.exec("cat", "/etc/kubernetes/admin.conf").stdout();
  }
}
