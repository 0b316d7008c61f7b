package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.cluster.snapshot.SnapshotTaker;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.util.Parallel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Saves the new cluster as the snapshot later warm starts begin from: the nodes are stopped, so etcd and kubelet
 * leave consistent state, saved (see {@link SnapshotTaker}) and started again, and the step waits until they are
 * Ready once more. A failed save leaves the cluster running and costs only a warning.
 */
final class SaveSnapshot implements CreateStep {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration READY_AGAIN = Duration.ofMinutes(5);

  @Override
  public String title(CreationContext context) {
    return "Saving snapshot " + context.snapshotKey.orElseThrow() + " for warm starts 📸";
  }

  @Override
  public boolean applies(CreationContext context) {
    return context.snapshotKey.isPresent() && context.snapshot.isEmpty();
  }

  @Override
  public void run(CreationContext context) {
    if (context.podNetwork.isEmpty()) {
      // a snapshot keeps node addresses, which only kind4j's pod network makes independent of the engine
      context.progress.warn("No snapshot is saved: warm starts need kind4j's own pod network, and this cluster uses "
          + "the node image's CNI or none; the cluster was created cold as usual");
      return;
    }
    List<String> containers = context.nodes.stream().map(NodeContainer::name).toList();
    Parallel.forEach(containers, container -> context.engine.stop(container, STOP_TIMEOUT));
    try {
      new SnapshotTaker(context.engine).take(context.snapshotKey.orElseThrow(), context.plan.nodes().get(0).image(),
          containers);
    } catch (RuntimeException e) {
      context.progress.warn("Saving the snapshot for warm starts failed; the cluster runs on without one: " + e);
    } finally {
      context.started = Instant.now();
      Parallel.forEach(containers, context.engine::start);
    }
    FreshReadiness.await(context.bootstrapControlPlane(), context.nodes.size(), context.started, READY_AGAIN);
  }
}
