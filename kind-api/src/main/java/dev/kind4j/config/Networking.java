package dev.kind4j.config;

import java.util.List;

/**
 * Cluster-wide network settings, as kind's {@code networking}. A {@code null} field is unset and takes
 * kind's default when the config is defaulted. Each {@code with…} method returns a copy with one field replaced.
 *
 * @param ipFamily the cluster's IP family; kind's default is {@link IpFamily#IPV4}
 * @param apiServerAddress the host address the API server listens on; kind's default is {@code 127.0.0.1}, or
 *     {@code ::1} in an IPv6 cluster
 * @param apiServerPort the host port of the API server: 0 for a random free port, -1 to let the engine pick one
 * @param podSubnet the pods' CIDR, two comma-separated for dual stack; kind's default is {@code 10.244.0.0/16}
 * @param serviceSubnet the services' CIDR, two comma-separated for dual stack; kind's default is
 *     {@code 10.96.0.0/16}
 * @param disableDefaultCNI whether to skip kind's CNI, to install another one after creation
 * @param kubeProxyMode kube-proxy's mode; kind's default is {@link KubeProxyMode#IPTABLES}
 * @param dnsSearch the nodes' DNS search domains, or {@code null} to inherit the host's
 */
public record Networking(
    IpFamily ipFamily,
    String apiServerAddress,
    int apiServerPort,
    String podSubnet,
    String serviceSubnet,
    boolean disableDefaultCNI,
    KubeProxyMode kubeProxyMode,
    List<String> dnsSearch) {

  /** Nothing set: every field takes kind's default. */
  public static final Networking UNSET = new Networking(null, null, 0, null, null, false, null, null);

  public Networking {
    dnsSearch = dnsSearch == null ? null : Copies.list("dnsSearch", dnsSearch);
  }

  public Networking withIpFamily(IpFamily ipFamily) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withApiServerAddress(String apiServerAddress) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withApiServerPort(int apiServerPort) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withPodSubnet(String podSubnet) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withServiceSubnet(String serviceSubnet) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withDisableDefaultCNI(boolean disableDefaultCNI) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withKubeProxyMode(KubeProxyMode kubeProxyMode) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }

  public Networking withDnsSearch(List<String> dnsSearch) {
    return new Networking(ipFamily, apiServerAddress, apiServerPort, podSubnet, serviceSubnet, disableDefaultCNI,
        kubeProxyMode, dnsSearch);
  }
}
