package dev.kind4j.config;

/** How kube-proxy implements services, as kind spells it in {@code networking.kubeProxyMode}. */
public enum KubeProxyMode {
  IPTABLES("iptables"),
  NFTABLES("nftables"),
  IPVS("ipvs"),
  /** No kube-proxy: for CNIs that replace it. */
  NONE("none");

  private final String value;

  KubeProxyMode(String value) {
    this.value = value;
  }

  /** The value as written in kind's config, such as {@code iptables}. */
  public String value() {
    return value;
  }
}
