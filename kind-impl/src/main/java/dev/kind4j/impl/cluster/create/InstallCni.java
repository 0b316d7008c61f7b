package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.cluster.network.NetworkAgent;
import dev.kind4j.impl.node.NodeContainer;

/**
 * Installs pod networking: the CNI manifest the node image carries (kind's {@code kindest/node} images do), else
 * confirms that kind4j's own network agent, installed while the nodes were prepared, is running on every node.
 */
final class InstallCni implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Installing CNI 🔌";
  }

  @Override
  public boolean applies(CreationContext context) {
    return !context.config.networking().disableDefaultCNI();
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer controlPlane = context.bootstrapControlPlane();
    if (context.podNetwork.isEmpty()) {
      String manifest = controlPlane.exec("cat", Manifests.DEFAULT_CNI).stdout()
          .replace("{{ .PodSubnet }}", context.config.networking().podSubnet());
      Manifests.apply(controlPlane, "/kind/manifests/cni-rendered.yaml", manifest);
      return;
    }
    context.nodes.forEach(node -> node.requireActive(NetworkAgent.UNIT));
  }
}
