package dev.kind4j.impl.cluster.create;

/**
 * Waits until every node of a warm-started cluster is Ready again and kube-system runs: the snapshot holds the
 * conditions from before, so only what reported since the nodes started counts.
 */
final class WaitForWarmNodes implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Waiting for nodes = Ready ⏳";
  }

  @Override
  public void run(CreationContext context) {
    FreshReadiness.await(context.bootstrapControlPlane(), context.nodes.size(), context.started,
        context.request.waitForReady().isZero() ? java.time.Duration.ofMinutes(5) : context.request.waitForReady());
  }
}
