package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.network.NetworkAgent;
import dev.kind4j.impl.node.NodeContainer;
import java.time.Duration;
import java.util.List;

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
    for (NodeContainer node : context.nodes) {
      if (!node.exec(Duration.ofSeconds(30), List.of("systemctl", "is-active", "--quiet", NetworkAgent.UNIT)).succeeded()) {
        throw new KindException("kind4j's pod network agent is not running on " + node.name() + "; its log:\n"
            + node.exec(Duration.ofSeconds(30), List.of("journalctl", "--no-pager", "-n", "20", "-u", NetworkAgent.UNIT))
                .stdout());
      }
    }
  }
}
