package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.network.IptablesRule;
import dev.kind4j.impl.cluster.network.NodeAddress;
import dev.kind4j.impl.cluster.network.PodNetwork;
import dev.kind4j.impl.node.NodeContainer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs pod networking: the CNI manifest the node image carries (kind's {@code kindest/node}
 * images do), else kind4j's own: a bridge per node on the node's pod CIDR plus routes between nodes.
 */
final class InstallCni implements CreateStep {

  /** Where kind's node images keep their CNI manifest. */
  static final String MANIFEST = "/kind/manifests/default-cni.yaml";
  private static final Duration POD_CIDR_TIMEOUT = Duration.ofMinutes(2);

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
    if (Manifests.exists(controlPlane, MANIFEST)) {
      String manifest = controlPlane.exec("cat", MANIFEST).stdout()
          .replace("{{ .PodSubnet }}", context.config.networking().podSubnet());
      Manifests.apply(controlPlane, "/kind/manifests/cni-rendered.yaml", manifest);
    } else {
      context.kind4jPodNetwork = true;
      wirePodNetwork(context, context.nodes.stream().filter(WriteConfiguration::isControlPlane).toList());
    }
  }

  /** Whether kind4j provides the pod network (the image has no CNI manifest and the config did not disable it). */
  static boolean usesKind4jNetwork(CreationContext context) {
    return context.kind4jPodNetwork;
  }

  /** Writes the CNI config of each registered node and routes every node's pod CIDR via its node. */
  static void wirePodNetwork(CreationContext context, List<NodeContainer> registered) {
    NodeContainer controlPlane = context.bootstrapControlPlane();
    List<NodeAddress> addresses = new ArrayList<>();
    for (NodeContainer node : registered) {
      addresses.add(new NodeAddress(node.name(), WriteConfiguration.nodeIp(context, node), podCidr(controlPlane, node.name())));
    }
    PodNetwork network = new PodNetwork(context.config.networking().podSubnet(), addresses);
    for (int i = 0; i < registered.size(); i++) {
      NodeContainer node = registered.get(i);
      NodeAddress address = addresses.get(i);
      node.write(PodNetwork.CONFLIST_PATH, network.conflist(address).getBytes(StandardCharsets.UTF_8), 0644);
      IptablesRule masquerade = network.masqueradeRule(address);
      if (!node.exec(Duration.ofSeconds(30), masquerade.checkCommand()).succeeded()) {
        node.exec(masquerade.appendCommand().toArray(String[]::new));
      }
      for (List<String> route : network.routes(address)) {
        node.exec(route.toArray(String[]::new));
      }
    }
  }

  private static String podCidr(NodeContainer controlPlane, String nodeName) {
    long deadline = System.nanoTime() + POD_CIDR_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      var result = controlPlane.exec(Duration.ofSeconds(30),
          List.of("kubectl", "get", "node", nodeName, "-o=jsonpath={.spec.podCIDR}"));
      if (result.succeeded() && !result.stdout().isBlank()) {
        return result.stdout().strip();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KindException("interrupted while waiting for the pod CIDR of " + nodeName, e);
      }
    }
    throw new KindException("node " + nodeName + " got no pod CIDR within " + POD_CIDR_TIMEOUT.toMinutes()
        + " min; is kube-controller-manager running? (cluster.exportLogs shows its log)");
  }
}
