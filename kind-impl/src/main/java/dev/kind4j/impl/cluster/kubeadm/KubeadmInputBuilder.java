package dev.kind4j.impl.cluster.kubeadm;

import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;

import dev.kind4j.NodeRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects a {@link KubeadmInput}. Defaults are kind's: cluster {@code kind}, port 6443, domain
 * {@code cluster.local}, IPv4, iptables, the systemd cgroup driver, kind's token, and the Pod and
 * Service subnets of the chosen IP family. {@link #build()} validates and names the field at fault.
 */
public final class KubeadmInputBuilder {

  private KubernetesVersion kubernetesVersion;
  private String clusterName = "kind";
  private NodeRole role;
  private String nodeName;
  private String nodeIp;
  private String controlPlaneEndpoint;
  private int apiBindPort = 6443;
  private final List<String> certSans = new ArrayList<>();
  private String podSubnet;
  private String serviceSubnet;
  private String dnsDomain = "cluster.local";
  private IpFamily ipFamily = IpFamily.IPV4;
  private KubeProxyMode kubeProxyMode = KubeProxyMode.IPTABLES;
  private String cgroupDriver = "systemd";
  private final Map<String, Boolean> featureGates = new LinkedHashMap<>();
  private final Map<String, String> runtimeConfig = new LinkedHashMap<>();
  private final Map<String, String> nodeLabels = new LinkedHashMap<>();
  private String token = KubeadmInput.DEFAULT_TOKEN;
  private String imageRepository;
  private ImageOverride etcdImage;
  private ImageOverride dnsImage;
  private final Set<String> skippedInitPhases = new LinkedHashSet<>();
  private boolean allocateNodeCidrs = true;
  private boolean controlPlaneTaint = true;
  private boolean leaderElection = true;
  private String cadvisorDockerEndpoint;
  private boolean joinsControlPlane;
  private String certificateKey;

  KubeadmInputBuilder() {}

  public KubeadmInputBuilder kubernetesVersion(KubernetesVersion version) {
    this.kubernetesVersion = version;
    return this;
  }

  /** Parses a version such as {@code v1.20.2}. */
  public KubeadmInputBuilder kubernetesVersion(String version) {
    return kubernetesVersion(KubernetesVersion.parse(version));
  }

  public KubeadmInputBuilder clusterName(String clusterName) {
    this.clusterName = clusterName;
    return this;
  }

  /** The node's name, role and address on the cluster network, as in {@link KubeadmInput#nodeIp()}. */
  public KubeadmInputBuilder node(String name, NodeRole role, String ip) {
    this.nodeName = name;
    this.role = role;
    this.nodeIp = ip;
    return this;
  }

  public KubeadmInputBuilder controlPlaneEndpoint(String hostAndPort) {
    this.controlPlaneEndpoint = hostAndPort;
    return this;
  }

  public KubeadmInputBuilder apiBindPort(int port) {
    this.apiBindPort = port;
    return this;
  }

  /** Adds names or addresses to the API server's certificate, such as the host's {@code 127.0.0.1}. */
  public KubeadmInputBuilder certSans(String... names) {
    certSans.addAll(List.of(names));
    return this;
  }

  public KubeadmInputBuilder podSubnet(String podSubnet) {
    this.podSubnet = podSubnet;
    return this;
  }

  public KubeadmInputBuilder serviceSubnet(String serviceSubnet) {
    this.serviceSubnet = serviceSubnet;
    return this;
  }

  public KubeadmInputBuilder dnsDomain(String dnsDomain) {
    this.dnsDomain = dnsDomain;
    return this;
  }

  /** The IP family; unless set, the Pod and Service subnets follow it. */
  public KubeadmInputBuilder ipFamily(IpFamily ipFamily) {
    this.ipFamily = ipFamily;
    return this;
  }

  public KubeadmInputBuilder kubeProxyMode(KubeProxyMode mode) {
    this.kubeProxyMode = mode;
    return this;
  }

  public KubeadmInputBuilder cgroupDriver(String cgroupDriver) {
    this.cgroupDriver = cgroupDriver;
    return this;
  }

  public KubeadmInputBuilder featureGate(String name, boolean enabled) {
    featureGates.put(name, enabled);
    return this;
  }

  public KubeadmInputBuilder featureGates(Map<String, Boolean> gates) {
    featureGates.putAll(gates);
    return this;
  }

  /** Adds {@code --runtime-config} entries, such as {@code api/alpha=false}. */
  public KubeadmInputBuilder runtimeConfig(Map<String, String> entries) {
    runtimeConfig.putAll(entries);
    return this;
  }

  public KubeadmInputBuilder nodeLabels(Map<String, String> labels) {
    nodeLabels.putAll(labels);
    return this;
  }

  public KubeadmInputBuilder token(String token) {
    this.token = token;
    return this;
  }

  public KubeadmInputBuilder imageRepository(String imageRepository) {
    this.imageRepository = imageRepository;
    return this;
  }

  public KubeadmInputBuilder etcdImage(ImageOverride etcdImage) {
    this.etcdImage = etcdImage;
    return this;
  }

  public KubeadmInputBuilder dnsImage(ImageOverride dnsImage) {
    this.dnsImage = dnsImage;
    return this;
  }

  /** Skips {@code kubeadm init} phases besides preflight, such as {@code addon/coredns}. */
  public KubeadmInputBuilder skipInitPhases(String... phases) {
    skippedInitPhases.addAll(List.of(phases));
    return this;
  }

  /** Whether kube-controller-manager hands out nodes' pod ranges (the default) or the pod network does. */
  public KubeadmInputBuilder allocateNodeCidrs(boolean allocate) {
    this.allocateNodeCidrs = allocate;
    return this;
  }

  /** Whether control-plane nodes are tainted against workloads (the default), as kubeadm does. */
  public KubeadmInputBuilder controlPlaneTaint(boolean taint) {
    this.controlPlaneTaint = taint;
    return this;
  }

  /** Whether kube-controller-manager and kube-scheduler elect a leader (the default); off for one control plane. */
  public KubeadmInputBuilder leaderElection(boolean elect) {
    this.leaderElection = elect;
    return this;
  }

  /** Where kubelet before 1.24 points cAdvisor for Docker's root directory; unset keeps kubelet's default. */
  public KubeadmInputBuilder cadvisorDockerEndpoint(String endpoint) {
    this.cadvisorDockerEndpoint = endpoint;
    return this;
  }

  /** Makes this control-plane node join the control plane that {@code kubeadm init} started elsewhere. */
  public KubeadmInputBuilder joinsControlPlane(boolean joins) {
    this.joinsControlPlane = joins;
    return this;
  }

  /** The key the first control plane uploads the shared certificates with and joining control planes fetch them. */
  public KubeadmInputBuilder certificateKey(String key) {
    this.certificateKey = key;
    return this;
  }

  /** Validates and returns the input; the exception's message names the field at fault. */
  public KubeadmInput build() {
    if (kubernetesVersion == null) {
      throw new IllegalArgumentException("kubernetesVersion must be set, such as 'v1.20.2'");
    }
    return new KubeadmInput(kubernetesVersion, clusterName, role, nodeName, nodeIp, controlPlaneEndpoint,
        apiBindPort, certSans, podSubnet != null ? podSubnet : defaultPodSubnet(),
        serviceSubnet != null ? serviceSubnet : defaultServiceSubnet(), dnsDomain, ipFamily, kubeProxyMode,
        cgroupDriver, featureGates, runtimeConfig, nodeLabels, token, Optional.ofNullable(imageRepository),
        Optional.ofNullable(etcdImage), Optional.ofNullable(dnsImage), skippedInitPhases, allocateNodeCidrs,
        controlPlaneTaint, leaderElection, Optional.ofNullable(cadvisorDockerEndpoint), joinsControlPlane,
        Optional.ofNullable(certificateKey));
  }

  private String defaultPodSubnet() {
    return switch (ipFamily) {
      case IPV4 -> "10.244.0.0/16";
      case IPV6 -> "fd00:10:244::/56";
      case DUAL -> "10.244.0.0/16,fd00:10:244::/56";
    };
  }

  private String defaultServiceSubnet() {
    return switch (ipFamily) {
      case IPV4 -> "10.96.0.0/16";
      case IPV6 -> "fd00:10:96::/112";
      case DUAL -> "10.96.0.0/16,fd00:10:96::/112";
    };
  }
}
