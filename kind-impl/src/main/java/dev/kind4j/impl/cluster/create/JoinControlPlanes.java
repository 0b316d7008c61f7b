package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.node.NodeContainer;

/**
 * Joins the control planes after the first, through the load balancer, one at a time as kind does: each {@code
 * kubeadm join} adds an etcd member, and etcd refuses a new member while another it added has not started yet, since
 * the cluster would then lose its quorum. See {@link EtcdStoragePatch} for the one change to kubeadm's etcd pod.
 */
final class JoinControlPlanes implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Joining more control-plane nodes 🎮";
  }

  @Override
  public boolean applies(CreationContext context) {
    return context.controlPlanes().size() > 1;
  }

  @Override
  public void run(CreationContext context) {
    FastJoin.signClusterInfo(context);
    for (NodeContainer controlPlane : context.controlPlanes().subList(1, context.controlPlanes().size())) {
      FastJoin.join(context, controlPlane, EtcdStoragePatch.flags(context, controlPlane));
    }
  }
}
