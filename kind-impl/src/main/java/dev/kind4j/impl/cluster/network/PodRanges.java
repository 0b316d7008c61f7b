package dev.kind4j.impl.cluster.network;

import dev.kind4j.impl.cluster.config.Cidr;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the cluster's pod subnet into one range per node, in node order, as kube-controller-manager's
 * allocator would: a /24 each, or a longer prefix when the subnet is too small for that.
 */
final class PodRanges {

  private static final int NODE_PREFIX = 24;
  private static final int LONGEST_PREFIX = 30;

  private PodRanges() {}

  /**
   * @param podSubnet an IPv4 CIDR such as {@code 10.244.0.0/16}
   * @param count how many nodes need a range
   * @throws IllegalArgumentException naming {@code networking.podSubnet} if it is no IPv4 network or too small
   */
  static List<String> of(String podSubnet, int count) {
    Cidr subnet = Cidr.parse(podSubnet).filter(cidr -> !cidr.address().isIpv6()).orElseThrow(() ->
        new IllegalArgumentException("networking.podSubnet: '" + podSubnet + "' is not an IPv4 CIDR, such as 10.244.0.0/16"));
    int bitsForNodes = 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1));
    int prefix = Math.max(NODE_PREFIX, subnet.prefixLength() + bitsForNodes);
    if (prefix > LONGEST_PREFIX) {
      throw new IllegalArgumentException("networking.podSubnet: '" + podSubnet + "' is too small to give " + count
          + " nodes a pod range each; use a larger subnet, such as 10.244.0.0/16");
    }
    int hostBits = 32 - subnet.prefixLength();
    BigInteger first = subnet.address().value().shiftRight(hostBits).shiftLeft(hostBits);
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ranges.add(ipv4(first.add(BigInteger.valueOf(i).shiftLeft(32 - prefix))) + "/" + prefix);
    }
    return List.copyOf(ranges);
  }

  /** The dotted form of an IPv4 address given as a number. */
  static String ipv4(BigInteger value) {
    byte[] bytes = new byte[4];
    long bits = value.longValueExact();
    for (int i = 3; i >= 0; i--) {
      bytes[i] = (byte) (bits & 0xff);
      bits >>= 8;
    }
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
