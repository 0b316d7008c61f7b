package dev.kind4j.impl.cluster.kubeadm;

import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;

import dev.kind4j.NodeRole;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What one node's kubeadm configuration is rendered from. Build one with {@link #builder()}; the
 * builder fills kind's defaults for everything but the node's identity and the cluster's endpoint.
 *
 * @param kubernetesVersion the node image's Kubernetes, which picks the kubeadm API version
 * @param clusterName such as {@code kind}
 * @param role a control-plane node renders {@code kubeadm init}'s configuration, a worker {@code kubeadm join}'s
 * @param nodeName the node's name, also its container's
 * @param nodeIp the node's address on the cluster network; for dual stack both, comma-separated,
 *     primary family first. The first is the API server's advertise address.
 * @param controlPlaneEndpoint {@code host:port} at which nodes reach the API server, such as
 *     {@code kind-control-plane:6443}
 * @param apiBindPort the port the API server listens on inside the node, 6443 by default
 * @param certSans names and addresses the API server's certificate must also hold, such as
 *     {@code 127.0.0.1}; {@code localhost} is always added
 * @param podSubnet such as {@code 10.244.0.0/16}; for dual stack both, comma-separated
 * @param serviceSubnet such as {@code 10.96.0.0/16}; for dual stack both, comma-separated
 * @param dnsDomain the cluster's DNS domain, {@code cluster.local} by default
 * @param ipFamily whether the cluster is IPv4, IPv6 or dual stack
 * @param kubeProxyMode how kube-proxy programs Services, or {@link KubeProxyMode#NONE} for no kube-proxy
 * @param cgroupDriver {@code systemd} or {@code cgroupfs}; must match the node's containerd
 * @param featureGates Kubernetes feature gates for every component, sorted by name
 * @param runtimeConfig the API server's {@code --runtime-config} entries, sorted by key
 * @param nodeLabels labels kubelet registers the node with, sorted by key
 * @param token the bootstrap token workers join with, {@code [a-z0-9]{6}.[a-z0-9]{16}}
 * @param imageRepository where control-plane and kube-proxy images come from, if not kubeadm's default
 * @param etcdImage where the etcd image comes from, if not from {@code imageRepository}
 * @param dnsImage where the CoreDNS image comes from, if not from {@code imageRepository}
 * @param skippedInitPhases {@code kubeadm init} phases to skip besides preflight, such as
 *     {@code addon/coredns} when the node image has no DNS image
 * @param allocateNodeCidrs whether kube-controller-manager hands out nodes' pod ranges; off when the pod network
 *     gives each node its range itself
 * @param controlPlaneTaint whether control-plane nodes are tainted against workloads; off for a cluster without
 *     workers, whose one node must run them
 * @param leaderElection whether kube-controller-manager and kube-scheduler elect a leader; a cluster with one
 *     control plane needs none, and its controllers then start as soon as the API server answers
 * @param cadvisorDockerEndpoint where kubelet before 1.24 points cAdvisor for Docker's root directory (its
 *     {@code --docker} flag), such as a responder that answers at once; ignored from 1.24, which has no such flag
 * @param joinsControlPlane whether this control-plane node joins the control plane another node started, rendering
 *     {@code kubeadm join}'s configuration with its own API endpoint, instead of {@code kubeadm init}'s
 * @param certificateKey with several control planes, the key that encrypts the shared certificates {@code kubeadm
 *     init --upload-certs} puts in the cluster and joining control planes fetch: 64 hex digits
 */
public record KubeadmInput(
    KubernetesVersion kubernetesVersion,
    String clusterName,
    NodeRole role,
    String nodeName,
    String nodeIp,
    String controlPlaneEndpoint,
    int apiBindPort,
    List<String> certSans,
    String podSubnet,
    String serviceSubnet,
    String dnsDomain,
    IpFamily ipFamily,
    KubeProxyMode kubeProxyMode,
    String cgroupDriver,
    Map<String, Boolean> featureGates,
    Map<String, String> runtimeConfig,
    Map<String, String> nodeLabels,
    String token,
    Optional<String> imageRepository,
    Optional<ImageOverride> etcdImage,
    Optional<ImageOverride> dnsImage,
    Set<String> skippedInitPhases,
    boolean allocateNodeCidrs,
    boolean controlPlaneTaint,
    boolean leaderElection,
    Optional<String> cadvisorDockerEndpoint,
    boolean joinsControlPlane,
    Optional<String> certificateKey) {

  /** kind's well-known bootstrap token: nodes are reachable only on the cluster's own network. */
  public static final String DEFAULT_TOKEN = "abcdef.0123456789abcdef";

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]{6}\\.[a-z0-9]{16}");
  private static final Pattern CERTIFICATE_KEY = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern ENDPOINT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+):[0-9]{1,5}");

  public KubeadmInput {
    requireSet("kubernetesVersion", kubernetesVersion);
    requireSet("role", role);
    requireSet("ipFamily", ipFamily);
    requireSet("kubeProxyMode", kubeProxyMode);
    requireText("clusterName", clusterName);
    requireText("nodeName", nodeName);
    requireText("nodeIp", nodeIp);
    requireText("podSubnet", podSubnet);
    requireText("serviceSubnet", serviceSubnet);
    requireText("dnsDomain", dnsDomain);
    if (controlPlaneEndpoint == null || !ENDPOINT.matcher(controlPlaneEndpoint).matches()) {
      throw new IllegalArgumentException("controlPlaneEndpoint: '" + controlPlaneEndpoint
          + "' is not host:port; use a form such as 'kind-control-plane:6443' or '[fc00::2]:6443'");
    }
    if (apiBindPort < 1 || apiBindPort > 65535) {
      throw new IllegalArgumentException("apiBindPort: " + apiBindPort + " is not a TCP port");
    }
    if (!"systemd".equals(cgroupDriver) && !"cgroupfs".equals(cgroupDriver)) {
      throw new IllegalArgumentException("cgroupDriver: '" + cgroupDriver + "' is neither 'systemd' nor 'cgroupfs'");
    }
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "token: '" + token + "' is not a bootstrap token; use the form 'abcdef.0123456789abcdef'");
    }
    certSans = List.copyOf(certSans);
    featureGates = sorted("featureGates", featureGates);
    runtimeConfig = sorted("runtimeConfig", runtimeConfig);
    nodeLabels = sorted("nodeLabels", nodeLabels);
    requireSet("imageRepository", imageRepository);
    imageRepository.ifPresent(repository -> requireText("imageRepository", repository));
    requireSet("etcdImage", etcdImage);
    requireSet("dnsImage", dnsImage);
    skippedInitPhases = Collections.unmodifiableSet(new LinkedHashSet<>(skippedInitPhases));
    requireSet("cadvisorDockerEndpoint", cadvisorDockerEndpoint);
    requireSet("certificateKey", certificateKey);
    if (certificateKey.isPresent() && !CERTIFICATE_KEY.matcher(certificateKey.get()).matches()) {
      throw new IllegalArgumentException("certificateKey: not 64 lower-case hex digits (32 bytes); generate one as "
          + "'kubeadm certs certificate-key' does");
    }
    if (joinsControlPlane && (role != NodeRole.CONTROL_PLANE || certificateKey.isEmpty())) {
      throw new IllegalArgumentException("joinsControlPlane: only a control-plane node with a certificateKey joins "
          + "the control plane; set role control-plane and the key the first control plane uploaded with");
    }
  }

  /** A builder with kind's defaults for an IPv4 cluster with iptables kube-proxy. */
  public static KubeadmInputBuilder builder() {
    return new KubeadmInputBuilder();
  }

  /** The API server's advertise address: the first of {@link #nodeIp()}. */
  public String advertiseAddress() {
    return nodeIp.split(",", 2)[0].strip();
  }

  private static void requireSet(String field, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must be set");
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }

  private static <V> Map<String, V> sorted(String field, Map<String, V> map) {
    TreeMap<String, V> copy = new TreeMap<>();
    map.forEach((key, value) -> {
      requireText(field + " key", key);
      copy.put(key, Objects.requireNonNull(value, field + "[" + key + "]"));
    });
    return Collections.unmodifiableSortedMap(copy);
  }
}
