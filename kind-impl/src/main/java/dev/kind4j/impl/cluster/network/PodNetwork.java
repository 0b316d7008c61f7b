package dev.kind4j.impl.cluster.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.impl.cluster.config.Cidr;
import dev.kind4j.impl.cluster.config.IpAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * kind4j's own pod network, for node images that carry no CNI manifest. Each node gets a fixed address per IP family,
 * which Kubernetes knows it by, and a pod range per family, all decided before the nodes start. On each node a CNI
 * bridge hands out the node's ranges, and the node's {@link NetworkAgent} routes every other node's addresses and
 * ranges through that node's current engine address of the same family and masquerades what pods send out of the
 * cluster's pod subnet.
 *
 * <p>The bridge plugin's own {@code ipMasq} is off: it masquerades everything a pod sends outside its own
 * node's range, so pods on other nodes would see the node's address instead of the sender's, against the
 * Kubernetes rule that pods reach each other without NAT.
 *
 * <p>A reply from a service's backend on the same bridge as the client must pass iptables to be un-NATed; the
 * node's kernel needs {@code br_netfilter} with {@code net.bridge.bridge-nf-call-iptables = 1} (and
 * {@code -ip6tables} for IPv6), the default in a new network namespace once the module is loaded.
 *
 * @param clusterPodSubnet the cluster's pod subnet, such as {@code 10.244.0.0/16}, holding every node's range; for a
 *     dual-stack cluster one per family, comma-separated, such as {@code 10.244.0.0/16,fd00:10:244::/56}
 * @param nodes every node of the cluster, each with one address and range per subnet, in the subnets' order
 */
public record PodNetwork(String clusterPodSubnet, List<NodeAddress> nodes) {

  /** Where {@link #conflist} goes on the node; CNI reads the lexically first file of the directory. */
  public static final String CONFLIST_PATH = "/etc/cni/net.d/10-kind4j.conflist";

  private static final String IPV4_FIXED_PREFIX = "198.18.0.";
  private static final String IPV6_FIXED_PREFIX = "fd00:198:18::";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectNode CONFLIST = template();

  /** @throws IllegalArgumentException if a subnet is no CIDR, or nodes clash, differ in families or fall outside */
  public PodNetwork {
    nodes = List.copyOf(nodes);
    List<Cidr> subnets = subnets(clusterPodSubnet);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a pod network needs at least one node");
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeAddress node = nodes.get(i);
      checkInSubnets(node, subnets, clusterPodSubnet);
      for (NodeAddress other : nodes.subList(i + 1, nodes.size())) {
        checkApart(node, other);
      }
    }
  }

  /**
   * The network of a cluster whose nodes are {@code nodeNames}, in order: node {@code i} gets the {@code i}-th range
   * of each subnet and a fixed address per family, {@code 198.18.0.<i+1>} for IPv4 (from 198.18.0.0/15, which RFC 2544
   * sets aside for benchmarks, so no host network uses it) and {@code fd00:198:18::<i+1>} for IPv6 (a unique local
   * address, which no engine hands out by default).
   *
   * @param podSubnet one CIDR, or one per family comma-separated, such as {@code 10.244.0.0/16,fd00:10:244::/56}
   * @throws IllegalArgumentException naming {@code networking.podSubnet} if it cannot hold a range per node
   */
  public static PodNetwork plan(String podSubnet, List<String> nodeNames) {
    List<Cidr> subnets = subnets(podSubnet);
    List<List<String>> ranges = NodeAddress.split(podSubnet).stream()
        .map(subnet -> PodRanges.of(subnet, nodeNames.size())).toList();
    List<NodeAddress> nodes = new ArrayList<>();
    for (int i = 0; i < nodeNames.size(); i++) {
      int node = i;
      String ips = subnets.stream().map(subnet -> subnet.address().isIpv6()
          ? IPV6_FIXED_PREFIX + Integer.toHexString(node + 1) : IPV4_FIXED_PREFIX + (node + 1))
          .collect(Collectors.joining(","));
      String podCidrs = ranges.stream().map(family -> family.get(node)).collect(Collectors.joining(","));
      nodes.add(new NodeAddress(nodeNames.get(i), ips, podCidrs));
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
   * for every node; a dual-stack cluster's addresses, ranges and subnets are comma-separated pairs in one family
   * order. Peers are found by container name.
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

  /**
   * The node's CNI config list, JSON for {@link #CONFLIST_PATH}: bridge {@code kind4j0} on its pod ranges, one range
   * set and one default route per family, then portmap.
   */
  public String conflist(NodeAddress node) {
    requireMember(node);
    ObjectNode conflist = CONFLIST.deepCopy();
    ObjectNode ipam = (ObjectNode) conflist.at("/plugins/0/ipam");
    ArrayNode ranges = ipam.putArray("ranges");
    ArrayNode routes = ipam.putArray("routes");
    for (Cidr range : node.podNetworks()) {
      ranges.addArray().addObject().put("subnet", range.address().text() + "/" + range.prefixLength());
      routes.addObject().put("dst", range.address().isIpv6() ? "::/0" : "0.0.0.0/0");
    }
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

  private static List<Cidr> subnets(String clusterPodSubnet) {
    List<Cidr> subnets = new ArrayList<>();
    for (String text : NodeAddress.split(clusterPodSubnet)) {
      subnets.add(Cidr.parse(text).orElseThrow(() -> new IllegalArgumentException("cluster pod subnet '"
          + clusterPodSubnet + "' is not a CIDR, such as 10.244.0.0/16, or one per IP family, comma-separated")));
    }
    boolean oneFamilyEach = subnets.size() == 1
        || subnets.size() == 2 && subnets.get(0).address().isIpv6() != subnets.get(1).address().isIpv6();
    if (!oneFamilyEach) {
      throw new IllegalArgumentException("cluster pod subnet '" + clusterPodSubnet + "' must hold one CIDR, or one "
          + "IPv4 and one IPv6 CIDR");
    }
    return subnets;
  }

  private static void checkInSubnets(NodeAddress node, List<Cidr> subnets, String subnetText) {
    List<Cidr> ranges = node.podNetworks();
    List<IpAddress> addresses = node.addresses();
    if (ranges.size() != subnets.size()) {
      throw new IllegalArgumentException("node '" + node.nodeName() + "': podCidr " + node.podCidr() + " must hold one "
          + "range per CIDR of the cluster pod subnet " + subnetText);
    }
    for (int i = 0; i < subnets.size(); i++) {
      if (!subnets.get(i).contains(ranges.get(i))) {
        throw new IllegalArgumentException("node '" + node.nodeName() + "': podCidr " + node.podCidr()
            + " lies outside the cluster pod subnet " + subnetText);
      }
      IpAddress address = addresses.get(i);
      if (subnets.stream().anyMatch(subnet -> subnet.overlaps(new Cidr(address, address.bits())))) {
        throw new IllegalArgumentException("node '" + node.nodeName() + "': IP " + node.nodeIp()
            + " lies inside the cluster pod subnet " + subnetText + "; choose a pod subnet apart from the node network");
      }
    }
  }

  private static void checkApart(NodeAddress a, NodeAddress b) {
    String both = "nodes '" + a.nodeName() + "' and '" + b.nodeName() + "' ";
    if (a.nodeName().equals(b.nodeName())) {
      throw new IllegalArgumentException("two nodes are named '" + a.nodeName() + "'");
    }
    for (IpAddress address : a.addresses()) {
      if (b.addresses().contains(address)) {
        throw new IllegalArgumentException(both + "both have IP " + address.text());
      }
    }
    for (Cidr range : a.podNetworks()) {
      for (Cidr other : b.podNetworks()) {
        if (range.equals(other)) {
          throw new IllegalArgumentException(both + "both have podCidr " + range.address().text() + "/"
              + range.prefixLength());
        }
        if (range.overlaps(other)) {
          throw new IllegalArgumentException(both + "have overlapping podCidrs " + a.podCidr() + " and " + b.podCidr());
        }
      }
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
