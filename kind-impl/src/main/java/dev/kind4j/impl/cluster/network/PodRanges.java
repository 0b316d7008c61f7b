package dev.kind4j.impl.cluster.network;

import dev.kind4j.impl.cluster.config.Cidr;
import dev.kind4j.impl.cluster.config.IpAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pod subnet of one IP family into one range per node, in node order, as kube-controller-manager's
 * allocator would by default: a /24 each for IPv4, a /64 for IPv6, or a longer prefix when the subnet is too small
 * for that.
 */
final class PodRanges {

  private static final int IPV4_NODE_PREFIX = 24;
  private static final int IPV6_NODE_PREFIX = 64;
  /** Room for a gateway and one pod besides the first and last address. */
  private static final int HOST_BITS_AT_LEAST = 2;

  private PodRanges() {}

  /**
   * @param podSubnet one CIDR such as {@code 10.244.0.0/16} or {@code fd00:10:244::/56}
   * @param count how many nodes need a range
   * @throws IllegalArgumentException naming {@code networking.podSubnet} if it is no CIDR or too small
   */
  static List<String> of(String podSubnet, int count) {
    Cidr subnet = Cidr.parse(podSubnet).orElseThrow(() -> new IllegalArgumentException("networking.podSubnet: '"
        + podSubnet + "' is not a CIDR, such as 10.244.0.0/16 or fd00:10:244::/56"));
    int bits = subnet.address().bits();
    int bitsForNodes = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
    int prefix = Math.max(bits == 32 ? IPV4_NODE_PREFIX : IPV6_NODE_PREFIX, subnet.prefixLength() + bitsForNodes);
    if (prefix > bits - HOST_BITS_AT_LEAST) {
      throw new IllegalArgumentException("networking.podSubnet: '" + podSubnet + "' is too small to give " + count
          + " nodes a pod range each; use a larger subnet, such as "
          + (bits == 32 ? "10.244.0.0/16" : "fd00:10:244::/56"));
    }
    int hostBits = bits - subnet.prefixLength();
    BigInteger first = subnet.address().value().shiftRight(hostBits).shiftLeft(hostBits);
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ranges.add(new IpAddress(first.add(BigInteger.valueOf(i).shiftLeft(bits - prefix)), bits).text() + "/" + prefix);
    }
    return List.copyOf(ranges);
  }
}
