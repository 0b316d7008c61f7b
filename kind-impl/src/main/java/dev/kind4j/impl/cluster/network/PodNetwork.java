package dev.kind4j.impl.cluster.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.impl.cluster.config.Cidr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * kind4j's own pod network, for node images that carry no CNI manifest. Each node gets a fixed address, which
 * Kubernetes knows it by, and a pod range, both decided before the nodes start. On each node a CNI bridge hands out
 * the node's range, and the node's {@link NetworkAgent} routes every other node's address and range through that
 * node's current engine address and masquerades what pods send out of the cluster's pod subnet.
 *
 * <p>The bridge plugin's own {@code ipMasq} is off: it masquerades everything a pod sends outside its own
 * node's range, so pods on other nodes would see the node's address instead of the sender's, against the
 * Kubernetes rule that pods reach each other without NAT.
 *
 * <p>A reply from a service's backend on the same bridge as the client must pass iptables to be un-NATed; the
 * node's kernel needs {@code br_netfilter} with {@code net.bridge.bridge-nf-call-iptables = 1}, the default in
 * a new network namespace once the module is loaded.
 *
 * @param clusterPodSubnet the cluster's pod subnet, such as {@code 10.244.0.0/16}, holding every node's range
 * @param nodes every node of the cluster
 */
public record PodNetwork(String clusterPodSubnet, List<NodeAddress> nodes) {

  /** Where {@link #conflist} goes on the node; CNI reads the lexically first file of the directory. */
  public static final String CONFLIST_PATH = "/etc/cni/net.d/10-kind4j.conflist";

  private static final String FIXED_ADDRESS_PREFIX = "198.18.0.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectNode CONFLIST = template();

  /** @throws IllegalArgumentException if the subnet is not IPv4, or nodes clash or fall outside the subnet */
  public PodNetwork {
    nodes = List.copyOf(nodes);
    Cidr subnet = clusterPodSubnet == null ? null : Cidr.parse(clusterPodSubnet).orElse(null);
    if (subnet == null || subnet.address().isIpv6()) {
      throw new IllegalArgumentException("cluster pod subnet '" + clusterPodSubnet
          + "' is not an IPv4 CIDR, such as 10.244.0.0/16");
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a pod network needs at least one node");
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeAddress node = nodes.get(i);
      checkInSubnet(node, subnet, clusterPodSubnet);
      for (NodeAddress other : nodes.subList(i + 1, nodes.size())) {
        checkApart(node, other);
      }
    }
  }

  /**
   * The network of a cluster whose nodes are {@code nodeNames}, in order: node {@code i} gets the fixed address
   * {@code 198.18.0.<i+1>} (from 198.18.0.0/15, which RFC 2544 sets aside for benchmarks, so no host network uses it)
   * and the {@code i}-th range of {@code podSubnet}.
   *
   * @throws IllegalArgumentException naming {@code networking.podSubnet} if it cannot hold a range per node
   */
  public static PodNetwork plan(String podSubnet, List<String> nodeNames) {
    List<String> ranges = PodRanges.of(podSubnet, nodeNames.size());
    List<NodeAddress> nodes = new ArrayList<>();
    for (int i = 0; i < nodeNames.size(); i++) {
      nodes.add(new NodeAddress(nodeNames.get(i), FIXED_ADDRESS_PREFIX + (i + 1), ranges.get(i)));
    }
    return new PodNetwork(podSubnet, nodes);
  }

  /** The node of that name. */
  public NodeAddress node(String nodeName) {
    return nodes.stream().filter(node -> node.nodeName().equals(nodeName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("node '" + nodeName + "' is not one of this pod network's nodes"));
  }

  /**
   * The {@link NetworkAgent}'s configuration for {@code self}: a line {@code self <container> <address> <range>
   * <Kubernetes node name>}, one {@code subnet <cluster pod subnet>}, and {@code node <container> <address> <range>}
   * for every node. Peers are found by container name.
   */
  public String agentConfig(NodeAddress self, String kubernetesNodeName) {
    requireMember(self);
    StringBuilder config = new StringBuilder("# kind4j's pod network, written when the cluster was created\n");
    config.append(line("self", self).strip()).append(' ').append(kubernetesNodeName).append('\n')
        .append("subnet ").append(clusterPodSubnet).append('\n');
    nodes.forEach(node -> config.append(line("node", node)));
    return config.toString();
  }

  private static String line(String key, NodeAddress node) {
    return key + " " + node.nodeName() + " " + node.nodeIp() + " " + node.podCidr() + "\n";
  }

  /** The node's CNI config list, JSON for {@link #CONFLIST_PATH}: bridge {@code kind4j0} on its pod range, then portmap. */
  public String conflist(NodeAddress node) {
    requireMember(node);
    ObjectNode conflist = CONFLIST.deepCopy();
    ((ObjectNode) conflist.at("/plugins/0/ipam/ranges/0/0")).put("subnet", node.podCidr());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(conflist) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Jackson tree always serializes", e);
    }
  }

  private void requireMember(NodeAddress node) {
    if (!nodes.contains(node)) {
      throw new IllegalArgumentException("node '" + node.nodeName() + "' with IP " + node.nodeIp() + " and podCidr "
          + node.podCidr() + " is not one of this pod network's nodes");
    }
  }

  private static void checkInSubnet(NodeAddress node, Cidr subnet, String subnetText) {
    if (!subnet.contains(node.podNetwork())) {
      throw new IllegalArgumentException("node '" + node.nodeName() + "': podCidr " + node.podCidr()
          + " lies outside the cluster pod subnet " + subnetText);
    }
    if (subnet.overlaps(new Cidr(node.address(), node.address().bits()))) {
      throw new IllegalArgumentException("node '" + node.nodeName() + "': IP " + node.nodeIp()
          + " lies inside the cluster pod subnet " + subnetText + "; choose a pod subnet apart from the node network");
    }
  }

  private static void checkApart(NodeAddress a, NodeAddress b) {
    String both = "nodes '" + a.nodeName() + "' and '" + b.nodeName() + "' ";
    if (a.nodeName().equals(b.nodeName())) {
      throw new IllegalArgumentException("two nodes are named '" + a.nodeName() + "'");
    }
    if (a.address().equals(b.address())) {
      throw new IllegalArgumentException(both + "both have IP " + a.nodeIp());
    }
    if (a.podNetwork().equals(b.podNetwork())) {
      throw new IllegalArgumentException(both + "both have podCidr " + a.podCidr());
    }
    if (a.podNetwork().overlaps(b.podNetwork())) {
      throw new IllegalArgumentException(both + "have overlapping podCidrs " + a.podCidr() + " and " + b.podCidr());
    }
  }

  private static ObjectNode template() {
    try (InputStream in = PodNetwork.class.getResourceAsStream("10-kind4j.conflist")) {
      if (in == null) {
        throw new IllegalStateException("resource 10-kind4j.conflist is missing beside " + PodNetwork.class.getName());
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource 10-kind4j.conflist", e);
    }
  }
}
