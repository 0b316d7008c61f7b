package dev.kind4j.impl.cluster.config;

import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;
import dev.kind4j.config.Mount;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.config.Networking;
import dev.kind4j.config.NodeConfig;
import dev.kind4j.config.PortMapping;
import dev.kind4j.config.PortProtocol;
import java.util.List;
import java.util.Optional;

/**
 * Fills in what a config leaves unset with kind's defaults, as kind does before it creates a cluster. An empty
 * string counts as unset, as in kind. A node's image stays {@code null}: the node image is chosen when the
 * cluster is created.
 */
public final class ConfigDefaults {

  private static final String NAME = "kind";

  private ConfigDefaults() {}

  /**
   * @param config the config as given
   * @param nameOverride a name that wins over the config's, such as the value of {@code KIND_CLUSTER_NAME}; ignored
   *     when empty
   * @return the config with every default filled in
   */
  public static ClusterConfig apply(ClusterConfig config, Optional<String> nameOverride) {
    return apply(config, nameOverride, false);
  }

  /**
   * As {@link #apply(ClusterConfig, Optional)}, for an engine on another machine when {@code remoteEngine}: then the
   * API server listens on every address of the engine's host by default (as kind advises for remote engines), since
   * its loopback cannot be reached from here.
   */
  public static ClusterConfig apply(ClusterConfig config, Optional<String> nameOverride, boolean remoteEngine) {
    String name = nameOverride.filter(n -> !n.isEmpty()).orElse(orDefault(config.name(), NAME));
    Networking networking = networking(config.networking(), remoteEngine);
    List<NodeConfig> nodes = config.nodes().isEmpty() ? List.of(NodeConfig.controlPlane()) : config.nodes();
    return new ClusterConfig(
        name,
        nodes.stream().map(node -> node(node, networking.ipFamily())).toList(),
        networking,
        config.featureGates(),
        config.runtimeConfig(),
        config.kubeadmConfigPatches(),
        config.kubeadmConfigPatchesJSON6902(),
        config.containerdConfigPatches(),
        config.containerdConfigPatchesJSON6902());
  }

  private static Networking networking(Networking networking, boolean remoteEngine) {
    IpFamily family = networking.ipFamily() == null ? IpFamily.IPV4 : networking.ipFamily();
    String listenAddress = remoteEngine ? (family == IpFamily.IPV6 ? "::" : "0.0.0.0")
        : (family == IpFamily.IPV6 ? "::1" : "127.0.0.1");
    return new Networking(
        family,
        orDefault(networking.apiServerAddress(), listenAddress),
        networking.apiServerPort(),
        orDefault(networking.podSubnet(), switch (family) {
          case IPV4 -> "10.244.0.0/16";
          case IPV6 -> "fd00:10:244::/56";
          case DUAL -> "10.244.0.0/16,fd00:10:244::/56";
        }),
        orDefault(networking.serviceSubnet(), switch (family) {
          case IPV4 -> "10.96.0.0/16";
          case IPV6 -> "fd00:10:96::/112";
          case DUAL -> "10.96.0.0/16,fd00:10:96::/112";
        }),
        networking.disableDefaultCNI(),
        networking.kubeProxyMode() == null ? KubeProxyMode.IPTABLES : networking.kubeProxyMode(),
        networking.dnsSearch());
  }

  private static NodeConfig node(NodeConfig node, IpFamily family) {
    return new NodeConfig(
        node.role() == null ? NodeRole.CONTROL_PLANE : node.role(),
        orDefault(node.image(), null),
        node.labels(),
        node.extraMounts().stream().map(ConfigDefaults::mount).toList(),
        node.extraPortMappings().stream().map(mapping -> portMapping(mapping, family)).toList(),
        node.kubeadmConfigPatches(),
        node.kubeadmConfigPatchesJSON6902());
  }

  private static Mount mount(Mount mount) {
    return new Mount(mount.hostPath(), mount.containerPath(), mount.readOnly(), mount.selinuxRelabel(),
        mount.propagation() == null ? MountPropagation.NONE : mount.propagation());
  }

  /** Listens on all addresses of the cluster's family, as kind's Docker provider does. */
  private static PortMapping portMapping(PortMapping mapping, IpFamily family) {
    return new PortMapping(
        mapping.containerPort(),
        mapping.hostPort(),
        orDefault(mapping.listenAddress(), family == IpFamily.IPV6 ? "::" : "0.0.0.0"),
        mapping.protocol() == null ? PortProtocol.TCP : mapping.protocol());
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
