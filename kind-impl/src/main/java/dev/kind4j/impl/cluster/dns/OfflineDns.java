package dev.kind4j.impl.cluster.dns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.config.IpAddress;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Yaml;
import java.util.regex.Pattern;

/**
 * kind4j's offline cluster DNS, for node images that carry no CoreDNS: Debian's unbound, whose records a small sync
 * ({@code kind4j-dns}) keeps equal to the cluster's Services and EndpointSlices by watching the API server. It runs
 * as the {@code kube-dns} Service at the address kubelet hands to pods, so pods resolve as they would with CoreDNS.
 *
 * @param image the DNS image the node image preloads
 * @param clusterIp the nameserver kubelet gives pods (its first {@code clusterDNS}), which {@code kube-dns} takes
 * @param domain the cluster domain (kubelet's {@code clusterDomain}), such as {@code cluster.local}
 */
public record OfflineDns(String image, String clusterIp, String domain) {

  /** Where kubeadm writes kubelet's configuration on every node. */
  public static final String KUBELET_CONFIG = "/var/lib/kubelet/config.yaml";

  private static final String TEMPLATE = "/dev/kind4j/impl/cluster/dns/kind4j-dns.yaml";
  private static final Pattern DOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9._/:@-]*");

  /** @throws IllegalArgumentException if a value could not go into the manifest as it is */
  public OfflineDns {
    if (image == null || !IMAGE.matcher(image).matches()) {
      throw new IllegalArgumentException("image '" + image + "' is not an image reference");
    }
    if (clusterIp == null || IpAddress.parse(clusterIp).isEmpty()) {
      throw new IllegalArgumentException("clusterIp '" + clusterIp + "' is not an IP address");
    }
    if (domain == null || !DOMAIN.matcher(domain).matches()) {
      throw new IllegalArgumentException("domain '" + domain + "' is not a DNS domain such as cluster.local");
    }
  }

  /**
   * The DNS that serves what kubelet's configuration ({@value #KUBELET_CONFIG}) tells pods: its first
   * {@code clusterDNS} address and its {@code clusterDomain}, however kubeadm patches set them.
   */
  public static OfflineDns forKubelet(String image, String kubeletConfig) {
    JsonNode config;
    try {
      config = Yaml.read(kubeletConfig);
    } catch (JsonProcessingException e) {
      throw new KindException("kubelet's " + KUBELET_CONFIG + " is not valid YAML", e);
    }
    String clusterIp = config.path("clusterDNS").path(0).asText("");
    String domain = config.path("clusterDomain").asText("").replaceAll("\\.$", "");
    if (clusterIp.isEmpty() || domain.isEmpty()) {
      throw new KindException("kubelet's " + KUBELET_CONFIG + " sets no clusterDNS or no clusterDomain, so there is no "
          + "address for the cluster DNS; check the KubeletConfiguration in kubeadmConfigPatches");
    }
    return new OfflineDns(image, clusterIp, domain);
  }

  /** The service account, its read-only role, the Deployment and the {@code kube-dns} Service, for kubectl apply. */
  public String manifest() {
    return Resources.text(TEMPLATE).replace("{{image}}", image).replace("{{clusterIP}}", clusterIp)
        .replace("{{domain}}", domain);
  }
}
