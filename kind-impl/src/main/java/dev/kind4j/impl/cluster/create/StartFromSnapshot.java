package dev.kind4j.impl.cluster.create;

import dev.kind4j.Snapshot;
import dev.kind4j.impl.cluster.network.NetworkAgent;
import dev.kind4j.impl.cluster.network.PodNetwork;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.util.Parallel;
import java.time.Instant;
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
    NodeLauncher launcher = new NodeLauncher(context.engine);
    context.started = Instant.now();
    context.nodes.addAll(Parallel.map(IntStream.range(0, context.plan.nodes().size()).boxed().toList(), i -> {
      PlannedNode planned = context.plan.nodes().get(i);
      NodeSpec spec = NodeSpecs.of(context, planned).withImage(snapshot.images().get(i));
      return launcher.start(spec, NetworkAgent.files(network, planned.name(), planned.nodeName()));
    }));
    NodeContainer controlPlane = context.bootstrapControlPlane();
    context.adminKubeconfig = controlPlane.exec("cat", "/etc/kubernetes/admin.conf").stdout();
  }
}
