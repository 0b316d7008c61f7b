package dev.kind4j.impl.cluster.config;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address read from its literal form, never by name resolution.
 *
 * @param value the address as an unsigned number
 * @param bits 32 for IPv4, 128 for IPv6
 */
public record IpAddress(BigInteger value, int bits) {

  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern HEXTET = Pattern.compile("[0-9a-fA-F]{1,4}");

  /** The address written as {@code text}, such as {@code 10.0.0.1} or {@code fd00::1}. */
  public static Optional<IpAddress> parse(String text) {
    BigInteger value = text.contains(":") ? ipv6(text) : ipv4(text);
    return Optional.ofNullable(value).map(v -> new IpAddress(v, text.contains(":") ? 128 : 32));
  }

  public boolean isIpv6() {
    return bits == 128;
  }

  /**
   * The address's usual text: dotted decimal for IPv4; for IPv6 lower-case hex groups without leading zeros, the
   * first longest run of two or more zero groups shortened to {@code ::} (RFC 5952).
   */
  public String text() {
    if (!isIpv6()) {
      long bits = value.longValueExact();
      return (bits >> 24 & 0xff) + "." + (bits >> 16 & 0xff) + "." + (bits >> 8 & 0xff) + "." + (bits & 0xff);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    int runStart = -1;
    int runLength = 1;
    for (int i = 0; i < 8; i++) {
      int length = 0;
      while (i + length < 8 && groups[i + length] == 0) {
        length++;
      }
      if (length > runLength) {
        runStart = i;
        runLength = length;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == runStart) {
        text.append("::");
        i += runLength - 1;
      } else {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
          text.append(':');
        }
        text.append(Integer.toHexString(groups[i]));
      }
    }
    return text.toString();
  }

  /** Whether this is {@code 0.0.0.0} or {@code ::}, which mean every address of the host. */
  boolean isUnspecified() {
    return value.signum() == 0;
  }

  /** Four dot-separated decimal octets, without leading zeros. */
  private static BigInteger ipv4(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return null;
    }
    long value = 0;
    for (String octet : octets) {
      if (!OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
        return null;
      }
      value = value << 8 | Integer.parseInt(octet);
    }
    return BigInteger.valueOf(value);
  }

  /** Eight colon-separated hex groups, a run of zero groups shortened to {@code ::}, the last two maybe as IPv4. */
  private static BigInteger ipv6(String text) {
    int gap = text.indexOf("::");
    if (gap != text.lastIndexOf("::")) {
      return null;
    }
    String head = gap < 0 ? text : text.substring(0, gap);
    String tail = gap < 0 ? "" : text.substring(gap + 2);
    int[] headGroups = groups(head, gap < 0);
    int[] tailGroups = groups(tail, true);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int missing = 8 - headGroups.length - tailGroups.length;
    if (gap < 0 ? missing != 0 : missing < 1) {
      return null;
    }
    BigInteger value = BigInteger.ZERO;
    for (int group : headGroups) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    value = value.shiftLeft(16 * missing);
    for (int group : tailGroups) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(group));
    }
    return value;
  }

  private static int[] groups(String part, boolean mayEndInIpv4) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] hextets = part.split(":", -1);
    String last = hextets[hextets.length - 1];
    boolean endsInIpv4 = mayEndInIpv4 && last.contains(".");
    int[] groups = new int[hextets.length + (endsInIpv4 ? 1 : 0)];
    for (int i = 0; i < hextets.length - (endsInIpv4 ? 1 : 0); i++) {
      if (!HEXTET.matcher(hextets[i]).matches()) {
        return null;
      }
      groups[i] = Integer.parseInt(hextets[i], 16);
    }
    if (endsInIpv4) {
      BigInteger ipv4 = ipv4(last);
      if (ipv4 == null) {
        return null;
      }
      groups[groups.length - 2] = ipv4.intValue() >>> 16;
      groups[groups.length - 1] = ipv4.intValue() & 0xffff;
    }
    return groups;
  }
}
