package dev.kind4j.config;

/** A cluster's IP family, as kind spells it in {@code networking.ipFamily}. */
public enum IpFamily {
  IPV4("ipv4"),
  IPV6("ipv6"),
  /** Both families: pods and services get an IPv4 and an IPv6 address. */
  DUAL("dual");

  private final String value;

  IpFamily(String value) {
    this.value = value;
  }

  /** The value as written in kind's config, such as {@code ipv4}. */
  public String value() {
    return value;
  }
}
