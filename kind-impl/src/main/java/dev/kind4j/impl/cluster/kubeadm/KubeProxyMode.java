package dev.kind4j.impl.cluster.kubeadm;

/** How kube-proxy programs Services, or {@link #NONE} to run no kube-proxy at all. */
public enum KubeProxyMode {
  IPTABLES("iptables"),
  IPVS("ipvs"),
  NFTABLES("nftables"),
  NONE("none");

  private final String value;

  KubeProxyMode(String value) {
    this.value = value;
  }

  /** The value of KubeProxyConfiguration's {@code mode}, such as {@code iptables}. */
  public String value() {
    return value;
  }
}
