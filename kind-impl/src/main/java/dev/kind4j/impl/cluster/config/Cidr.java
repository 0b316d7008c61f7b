package dev.kind4j.impl.cluster.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP network in CIDR notation, such as {@code 10.244.0.0/16}.
 *
 * @param address the address as written, host bits included
 * @param prefixLength how many leading bits name the network
 */
public record Cidr(IpAddress address, int prefixLength) {

  private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

  /** The network written as {@code text}, such as {@code 10.244.0.0/16}; empty if it is no CIDR. */
  public static Optional<Cidr> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || !PREFIX.matcher(text.substring(slash + 1)).matches()) {
      return Optional.empty();
    }
    int prefixLength = Integer.parseInt(text.substring(slash + 1));
    return IpAddress.parse(text.substring(0, slash))
        .filter(address -> prefixLength <= address.bits())
        .map(address -> new Cidr(address, prefixLength));
  }

  /** Whether an address lies in both networks: one of them contains the other. */
  public boolean overlaps(Cidr other) {
    if (address.bits() != other.address.bits()) {
      return false;
    }
    int hostBits = address.bits() - Math.min(prefixLength, other.prefixLength);
    return address.value().shiftRight(hostBits).equals(other.address.value().shiftRight(hostBits));
  }

  /** Whether every address of {@code other} lies in this network. */
  public boolean contains(Cidr other) {
    return prefixLength <= other.prefixLength && overlaps(other);
  }

  /** Whether the address is the network's first, with every host bit zero, as in {@code 10.244.1.0/24}. */
  public boolean isNetworkAddress() {
    int hostBits = address.bits() - prefixLength;
    return address.value().shiftRight(hostBits).shiftLeft(hostBits).equals(address.value());
  }
}
