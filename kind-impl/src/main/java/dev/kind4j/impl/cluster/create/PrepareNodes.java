package dev.kind4j.impl.cluster.create;

import dev.kind4j.config.IpFamily;
import dev.kind4j.impl.cluster.network.NetworkAgent;
import dev.kind4j.impl.cluster.network.PodNetwork;
import dev.kind4j.impl.node.DockerInfoResponder;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.util.Parallel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts every node container at once, waits until systemd runs in each and checks that the nodes find each other
 * by name; then gives each node the address Kubernetes will know it by. On images without a CNI manifest that is a
 * fixed address of kind4j's pod network, whose agent is installed here so it runs before kubelet on this and every
 * later boot; otherwise it is the node's engine address of each IP family of the cluster, as in kind.
 */
final class PrepareNodes implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Preparing nodes " + "📦 ".repeat(context.plan.nodes().size()).strip();
  }

  @Override
  public void run(CreationContext context) {
    Map<String, String> labels = context.nodeLabels();
    List<NodeSpec> specs = context.plan.nodes().stream().map(planned -> NodeSpecs.of(context, planned, labels))
        .toList();
    context.nodes.addAll(new NodeLauncher(context.engine).startAll(specs, spec -> Map.of()));
    NodeNameResolution.check(context);
    Parallel.forEach(context.nodes, node -> {
      importEmbeddedImages(node);
      DockerInfoResponder.install(node);
    });
    if (usesKind4jNetwork(context)) {
      PodNetwork network = PodNetwork.plan(context.config.networking().podSubnet(), context.plan.nodeNames());
      context.podNetwork = Optional.of(network);
      Parallel.forEach(context.nodes, node -> NetworkAgent.install(node, network, context.nodeName(node)));
      network.nodes().forEach(node -> context.nodeIps.put(node.nodeName(), node.nodeIp()));
    } else {
      IpFamily family = context.config.networking().ipFamily();
      context.nodes.forEach(node -> context.nodeIps.put(node.name(), switch (family) {
        case IPV4 -> node.ip();
        case IPV6 -> node.ipv6();
        case DUAL -> node.ip() + "," + node.ipv6();
      }));
    }
  }

  /** kind4j provides the pod network unless the config disables the default one or the image brings kind's. */
  private static boolean usesKind4jNetwork(CreationContext context) {
    return !context.config.networking().disableDefaultCNI()
        && !Manifests.exists(context.bootstrapControlPlane(), Manifests.DEFAULT_CNI);
  }

  /**
   * Imports image archives a derived node image carries in {@code /kind} (the seed's
   * {@code COPY my-image.tar /kind}), so pods can use them as if they had been preloaded.
   */
  private static void importEmbeddedImages(NodeContainer node) {
    String found = node.exec("find", "/kind", "-maxdepth", "2", "-name", "*.tar", "-type", "f").stdout();
    for (String archive : found.lines().filter(line -> !line.isBlank()).toList()) {
      node.exec(Duration.ofMinutes(10), List.of("ctr", "--namespace=k8s.io", "images", "import",
          "--all-platforms", archive)).orThrow();
    }
  }
}
