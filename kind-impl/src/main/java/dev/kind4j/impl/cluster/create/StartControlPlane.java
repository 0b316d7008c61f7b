package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.node.NodeContainer;
import java.time.Duration;
import java.util.List;

/** Runs {@code kubeadm init} on the first control-plane node, then reads the admin kubeconfig it wrote. */
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
    if (context.workers().isEmpty()) {
      // A single node must also run workloads: drop the control-plane taints, as kind does.
      for (String taint : List.of("node-role.kubernetes.io/master-", "node-role.kubernetes.io/control-plane-")) {
        node.exec(Duration.ofMinutes(1), List.of("kubectl", "taint", "nodes", "--all", taint));
      }
    }
  }
}
