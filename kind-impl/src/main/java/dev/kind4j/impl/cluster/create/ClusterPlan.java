package dev.kind4j.impl.cluster.create;

import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.NodeConfig;
import dev.kind4j.config.PortMapping;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.node.NodeNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a create makes, decided once before any node starts: the nodes in kind's order (control planes first)
 * with their names, images and host ports, and the API server's host port.
 *
 * @param nodes the nodes, control planes first
 * @param apiServerPort the host port the API server is published on: by the first control plane, or by the load
 *     balancer in front of several
 * @param network the name of the engine network the nodes start on
 */
record ClusterPlan(List<PlannedNode> nodes, int apiServerPort, String network) {

  /** The cluster name whose node names every warm-start cluster's nodes carry in Kubernetes. */
  static final String WARM_START_NODE_PREFIX = "kind";

  ClusterPlan {
    nodes = List.copyOf(nodes);
  }

  /**
   * Plans the nodes of a validated config, with {@code defaultImage} for nodes that name none; ports asked for as 0
   * are chosen now when the engine runs on this machine ({@code localEngine}), else by the engine (see
   * {@link HostPorts}); the nodes start on {@code network}. Nodes of a {@code warmStart} cluster carry kind's
   * default cluster's node names in Kubernetes.
   */
  static ClusterPlan of(ClusterConfig config, String defaultImage, boolean warmStart, String network,
      boolean localEngine) {
    Map<NodeRole, Integer> counts = new EnumMap<>(NodeRole.class);
    List<NodeConfig> ordered = new ArrayList<>(config.nodes());
    ordered.sort((a, b) -> Boolean.compare(a.role() != NodeRole.CONTROL_PLANE, b.role() != NodeRole.CONTROL_PLANE));
    try (HostPorts hostPorts = new HostPorts(localEngine)) {
      List<PlannedNode> nodes = new ArrayList<>();
      for (NodeConfig node : ordered) {
        int index = counts.merge(node.role(), 1, Integer::sum);
        String image = node.image() != null ? node.image() : defaultImage;
        String name = NodeNames.of(config.name(), node.role(), index);
        // warm-start clusters carry their nodes' Kubernetes names from snapshot to snapshot: kind's default cluster's
        String nodeName = warmStart ? NodeNames.of(WARM_START_NODE_PREFIX, node.role(), index) : name;
        nodes.add(new PlannedNode(name, nodeName, node, image, ports(hostPorts, name, node)));
      }
      int apiServerPort = hostPorts.choose(config.networking().apiServerAddress(),
          config.networking().apiServerPort(), "networking.apiServerPort");
      return new ClusterPlan(nodes, apiServerPort, network);
    }
  }

  /** Whether several control planes share the API behind a load balancer. */
  boolean loadBalanced() {
    return nodes.stream().filter(node -> node.config().role() == NodeRole.CONTROL_PLANE).count() > 1;
  }

  /** The node of that container name. */
  PlannedNode node(String name) {
    return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no planned node is named " + name));
  }

  List<String> nodeNames() {
    return nodes.stream().map(PlannedNode::name).toList();
  }

  private static List<ContainerSpec.PortBinding> ports(HostPorts hostPorts, String nodeName, NodeConfig node) {
    List<ContainerSpec.PortBinding> ports = new ArrayList<>();
    for (PortMapping port : node.extraPortMappings()) {
      int hostPort = hostPorts.choose(port.listenAddress(), port.hostPort(),
          "nodes[" + nodeName + "].extraPortMappings[containerPort=" + port.containerPort() + "].hostPort");
      ports.add(new ContainerSpec.PortBinding(port.listenAddress(), hostPort, port.containerPort(),
          port.protocol().name().toLowerCase(Locale.ROOT)));
    }
    return ports;
  }
}
