package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.util.Parallel;
import dev.kind4j.impl.util.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the nodes find each other by container name through the engine's DNS, which kubeadm's endpoint, the
 * load balancer and kind4j's pod network agent rely on: the first control plane looks up every other node, and every
 * other node the first control plane. A network without container-name DNS, such as podman's CNI backend without its
 * dnsname plugin or Docker's default {@code bridge}, fails here with the fix, where {@code kubeadm join} would try for
 * minutes an address that leads nowhere.
 */
final class NodeNameResolution {

  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final String LOOKUP_SECONDS = "3";

  private NodeNameResolution() {}

  /** Returns once every lookup answers; throws naming the node, the names and the network otherwise. */
  static void check(CreationContext context) {
    NodeContainer first = context.bootstrapControlPlane();
    List<NodeContainer> others = context.nodes.stream().filter(node -> !node.name().equals(first.name())).toList();
    if (others.isEmpty()) {
      return;
    }
    List<Lookup> lookups = new ArrayList<>();
    lookups.add(new Lookup(first, others.stream().map(NodeContainer::name).toList()));
    others.forEach(node -> lookups.add(new Lookup(node, List.of(first.name()))));
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      List<Boolean> answered = Parallel.map(lookups, Lookup::answers);
      int failed = answered.indexOf(false);
      if (failed < 0) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw unresolved(lookups.get(failed));
      }
      Pause.between(POLL, "checking that the nodes find each other by name");
    }
  }

  private static KindException unresolved(Lookup lookup) {
    String network = lookup.node.network();
    return new KindException("network: node " + lookup.node.name() + " cannot look up " + String.join(", ", lookup.names)
        + " by container name on engine network '" + network + "' within " + LIMIT.toSeconds() + " s, and the nodes "
        + "find each other by name. Use a network whose engine answers container names: Docker's user-defined "
        + "networks do (its default 'bridge' does not); podman's CNI backend needs its dnsname plugin (Debian: "
        + "golang-github-containernetworking-plugin-dnsname), and a network podman made before the plugin was there "
        + "needs removing, so that kind4j makes it again with DNS");
  }

  /** One node looking up others' names; coreutils' {@code timeout} bounds a resolver that does not answer. */
  private record Lookup(NodeContainer node, List<String> names) {

    boolean answers() {
      List<String> command = new ArrayList<>(List.of("timeout", LOOKUP_SECONDS, "getent", "ahosts"));
      command.addAll(names);
      return node.exec(Duration.ofSeconds(30), command).succeeded();
    }
  }
}
