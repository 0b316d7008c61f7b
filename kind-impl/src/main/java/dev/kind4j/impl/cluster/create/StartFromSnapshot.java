package dev.kind4j.impl.cluster.create;

import dev.kind4j.Snapshot;
import dev.kind4j.impl.cluster.network.NetworkAgent;
import dev.kind4j.impl.cluster.network.PodNetwork;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Starts every node from its snapshot image instead of bootstrapping it: the containers are new, with this
 * cluster's names and ports, and boot with the snapshot's Kubernetes state. Before each first boot the pod network
 * agent's plan is rewritten to find this cluster's containers, so no node ever routes to another cluster's.
 */
final class StartFromSnapshot implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Starting nodes from snapshot " + context.snapshot.orElseThrow().key() + " " + "📦 ".repeat(
        context.plan.nodes().size()).strip();
  }

  @Override
  public void run(CreationContext context) {
    Snapshot snapshot = context.snapshot.orElseThrow();
    PodNetwork network = PodNetwork.plan(context.config.networking().podSubnet(), context.plan.nodeNames());
    context.podNetwork = Optional.of(network);
    Map<String, String> labels = context.nodeLabels();
    List<NodeSpec> specs = IntStream.range(0, context.plan.nodes().size())
        .mapToObj(i -> NodeSpecs.of(context, context.plan.nodes().get(i), labels).withImage(snapshot.images().get(i)))
        .toList();
    context.started = Instant.now();
    context.nodes.addAll(new NodeLauncher(context.engine).startAll(specs,
        spec -> NetworkAgent.files(network, spec.name(), context.plan.node(spec.name()).nodeName())));
    NodeContainer controlPlane = context.bootstrapControlPlane();
    context.adminKubeconfig = controlPlane.exec("cat", "/etc/kubernetes/admin.conf").stdout();
  }
}
