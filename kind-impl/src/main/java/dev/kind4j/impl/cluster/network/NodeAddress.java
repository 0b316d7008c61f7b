package dev.kind4j.impl.cluster.network;

import dev.kind4j.impl.cluster.config.Cidr;
import dev.kind4j.impl.cluster.config.IpAddress;

/**
 * Where a node sits in kind4j's pod network: the fixed address Kubernetes knows it by and the pod addresses it
 * hands out, both IPv4 for now.
 *
 * @param nodeName the node's container name, such as {@code kind-worker}, by which the other nodes find it
 * @param nodeIp the node's fixed IPv4 address, such as {@code 198.18.0.2}: its kubelet's {@code node-ip}, which no
 *     engine hands out and which therefore survives a restart
 * @param podCidr the node's own pod range, such as {@code 10.244.1.0/24}: its {@code spec.podCIDR}
 */
public record NodeAddress(String nodeName, String nodeIp, String podCidr) {

  /** The longest prefix that leaves room for a gateway and one pod besides network and broadcast address. */
  private static final int LONGEST_PREFIX = 30;

  private static final String IPV6 = "is IPv6; kind4j's own pod network supports IPv4 only for now";

  /** @throws IllegalArgumentException if a field is empty or not IPv4, or the pod range is no usable network */
  public NodeAddress {
    if (nodeName == null || nodeName.isBlank()) {
      throw new IllegalArgumentException("a node's name must not be empty");
    }
    IpAddress ip = nodeIp == null ? null : IpAddress.parse(nodeIp).orElse(null);
    if (ip == null || ip.isIpv6()) {
      throw problem(nodeName, "IP", nodeIp, ip == null ? "is not an IPv4 address, such as 198.18.0.2" : IPV6);
    }
    Cidr cidr = podCidr == null ? null : Cidr.parse(podCidr).orElse(null);
    if (cidr == null || cidr.address().isIpv6()) {
      throw problem(nodeName, "podCidr", podCidr, cidr == null ? "is not an IPv4 CIDR, such as 10.244.1.0/24" : IPV6);
    }
    if (!cidr.isNetworkAddress()) {
      throw problem(nodeName, "podCidr", podCidr,
          "has host bits set; give the network's first address, such as 10.244.1.0/24");
    }
    if (cidr.prefixLength() > LONGEST_PREFIX) {
      throw problem(nodeName, "podCidr", podCidr,
          "leaves no room for a gateway and a pod; give a prefix length of at most " + LONGEST_PREFIX);
    }
  }

  Cidr podNetwork() {
    return Cidr.parse(podCidr).orElseThrow();
  }

  IpAddress address() {
    return IpAddress.parse(nodeIp).orElseThrow();
  }

  private static IllegalArgumentException problem(String node, String field, String value, String what) {
    return new IllegalArgumentException("node '" + node + "': " + field + " '" + value + "' " + what);
  }
}
