package dev.kind4j.impl.cluster.network;

import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Tar;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Installs kind4j's pod network on a node: its CNI config, the agent {@code kind4j-network} with its plan, and a
 * systemd unit that runs the agent before kubelet on every boot. The agent (a bash script using only what node
 * images hold: iproute2, iptables, getent, kubectl) puts the node's fixed address on {@code lo}, keeps the
 * masquerade rule, routes every other node's address and pod range via that node's current engine address, and
 * records the node's range in its {@code spec.podCIDR}. Nothing in the JVM wires the network after this.
 */
public final class NetworkAgent {

  /** The systemd unit that runs the agent. */
  public static final String UNIT = "kind4j-network.service";

  private static final String RESOURCES = "/dev/kind4j/impl/cluster/network/";
  private static final String CONFIG_PATH = "/kind/kind4j-network.conf";

  private NetworkAgent() {}

  /**
   * Writes the files into the node, then starts the agent and waits until its setup has run.
   *
   * @param nodeName the node's name in Kubernetes
   */
  public static void install(NodeContainer node, PodNetwork network, String nodeName) {
    node.writeAll(files(network, node.name(), nodeName));
    node.enableNow(UNIT);
  }

  /**
   * The agent's files for the node whose container is {@code container}: its CNI config, its plan, the agent and its
   * unit (enabled), by absolute path. Written before a node's first boot they take effect when it starts.
   */
  public static Map<String, Tar.Entry> files(PodNetwork network, String container, String nodeName) {
    NodeAddress self = network.node(container);
    Map<String, Tar.Entry> files = new LinkedHashMap<>();
    files.put(PodNetwork.CONFLIST_PATH, text(network.conflist(self), 0644));
    files.put(CONFIG_PATH, text(network.agentConfig(self, nodeName), 0644));
    files.put("/usr/local/bin/kind4j-network", new Tar.Entry(Resources.bytes(RESOURCES + "kind4j-network"), 0755));
    files.put("/etc/systemd/system/" + UNIT, new Tar.Entry(Resources.bytes(RESOURCES + UNIT), 0644));
    return files;
  }

  private static Tar.Entry text(String content, int mode) {
    return new Tar.Entry(content.getBytes(StandardCharsets.UTF_8), mode);
  }
}
