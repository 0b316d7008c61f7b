package dev.kind4j.impl.cluster.network;

import dev.kind4j.impl.cluster.config.Cidr;
import dev.kind4j.impl.cluster.config.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a node sits in kind4j's pod network: the fixed addresses Kubernetes knows it by and the pod addresses it
 * hands out, one of each per IP family of the cluster. For a dual-stack cluster both fields hold two values,
 * comma-separated in the same family order, as kubelet's {@code node-ip} and kubeadm's subnets do.
 *
 * @param nodeName the node's container name, such as {@code kind-worker}, by which the other nodes find it
 * @param nodeIp the node's fixed address, such as {@code 198.18.0.2} or {@code 198.18.0.2,fd00:198:18::2}: its
 *     kubelet's {@code node-ip}, which no engine hands out and which therefore survives a restart
 * @param podCidr the node's own pod range, such as {@code 10.244.1.0/24} or {@code 10.244.1.0/24,fd00:10:244:1::/64}:
 *     its {@code spec.podCIDRs}
 */
public record NodeAddress(String nodeName, String nodeIp, String podCidr) {

  /** @throws IllegalArgumentException if a field is empty or no address, a range no usable network, or families differ */
  public NodeAddress {
    if (nodeName == null || nodeName.isBlank()) {
      throw new IllegalArgumentException("a node's name must not be empty");
    }
    List<IpAddress> ips = new ArrayList<>();
    for (String text : split(nodeIp)) {
      ips.add(IpAddress.parse(text).orElseThrow(() -> problem(nodeName, "IP", nodeIp,
          "is not an IP address, such as 198.18.0.2, or one of each family, comma-separated")));
    }
    List<Cidr> cidrs = new ArrayList<>();
    for (String text : split(podCidr)) {
      Cidr cidr = Cidr.parse(text).orElseThrow(() -> problem(nodeName, "podCidr", podCidr,
          "is not a CIDR, such as 10.244.1.0/24, or one of each family, comma-separated"));
      if (!cidr.isNetworkAddress()) {
        throw problem(nodeName, "podCidr", podCidr,
            "has host bits set; give the network's first address, such as 10.244.1.0/24");
      }
      if (cidr.prefixLength() > cidr.address().bits() - 2) {
        throw problem(nodeName, "podCidr", podCidr, "leaves no room for a gateway and a pod; give a prefix length of "
            + "at most " + (cidr.address().bits() - 2) + " for " + (cidr.address().isIpv6() ? "IPv6" : "IPv4"));
      }
      cidrs.add(cidr);
    }
    boolean sameFamilies = ips.size() == cidrs.size() && ips.size() <= 2
        && IntStream.range(0, ips.size()).allMatch(i -> ips.get(i).isIpv6() == cidrs.get(i).address().isIpv6())
        && (ips.size() == 1 || ips.get(0).isIpv6() != ips.get(1).isIpv6());
    if (!sameFamilies) {
      throw new IllegalArgumentException("node '" + nodeName + "': IP '" + nodeIp + "' and podCidr '" + podCidr
          + "' must each hold one address of every IP family of the cluster, in the same order");
    }
  }

  /** The node's fixed addresses, one per family. */
  List<IpAddress> addresses() {
    return split(nodeIp).stream().map(text -> IpAddress.parse(text).orElseThrow()).toList();
  }

  /** The node's pod ranges, one per family, in the order of {@link #addresses()}. */
  List<Cidr> podNetworks() {
    return split(podCidr).stream().map(text -> Cidr.parse(text).orElseThrow()).toList();
  }

  /** The first of the node's fixed addresses, which the API server advertises on a control plane. */
  public String primaryIp() {
    return split(nodeIp).get(0);
  }

  static List<String> split(String values) {
    return values == null ? List.of("") : List.of(values.split(",", -1)).stream().map(String::strip).toList();
  }

  private static IllegalArgumentException problem(String node, String field, String value, String what) {
    return new IllegalArgumentException("node '" + node + "': " + field + " '" + value + "' " + what);
  }
}
