package dev.kind4j.impl.node;

import dev.kind4j.NodeRole;
import dev.kind4j.impl.provider.ContainerSpec;
import java.util.List;
import java.util.Map;

/**
 * What a node container is made from.
 *
 * @param cluster the cluster it belongs to
 * @param name the container's name and hostname
 * @param role control plane or worker
 * @param image the node image
 * @param network the engine network the cluster's nodes share
 * @param apiServerAddress the host address the control plane's API server port is published on
 * @param apiServerPort the host port for the API server, 0 for one the engine picks
 * @param labels extra container labels
 * @param extraMounts host paths bound into the node, from the config's {@code extraMounts}
 * @param extraPorts ports published from the node, from the config's {@code extraPortMappings}
 * @param dnsSearch DNS search domains, from the config's {@code networking.dnsSearch}; empty for the engine's
 * @param hostname the container's hostname, which kubelet registers the node under; usually its name
 * @param ipv6 whether the node's cluster uses IPv6, which the node's own network namespace then enables and forwards
 */
public record NodeSpec(String cluster, String name, NodeRole role, String image, String network,
    String apiServerAddress, int apiServerPort, Map<String, String> labels, List<ContainerSpec.Mount> extraMounts,
    List<ContainerSpec.PortBinding> extraPorts, List<String> dnsSearch, String hostname, boolean ipv6) {

  /** The port the API server listens on inside a control-plane node. */
  public static final int API_SERVER_CONTAINER_PORT = 6443;

  public NodeSpec {
    labels = Map.copyOf(labels);
    extraMounts = List.copyOf(extraMounts);
    extraPorts = List.copyOf(extraPorts);
    dnsSearch = List.copyOf(dnsSearch);
  }

  /** This node from another image. */
  public NodeSpec withImage(String replacement) {
    return new NodeSpec(cluster, name, role, replacement, network, apiServerAddress, apiServerPort, labels, extraMounts,
        extraPorts, dnsSearch, hostname, ipv6);
  }

  /** An IPv4 node whose hostname is its name. */
  public NodeSpec(String cluster, String name, NodeRole role, String image, String network, String apiServerAddress,
      int apiServerPort, Map<String, String> labels, List<ContainerSpec.Mount> extraMounts,
      List<ContainerSpec.PortBinding> extraPorts, List<String> dnsSearch) {
    this(cluster, name, role, image, network, apiServerAddress, apiServerPort, labels, extraMounts, extraPorts,
        dnsSearch, name, false);
  }
}
