package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.util.Parallel;
import java.util.List;

/** Runs {@code kubeadm join} on every worker at once, the fast way (see {@link FastJoin}). */
final class JoinWorkers implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Joining worker nodes 🚜";
  }

  @Override
  public boolean applies(CreationContext context) {
    return !context.workers().isEmpty();
  }

  @Override
  public void run(CreationContext context) {
    FastJoin.signClusterInfo(context);
    Parallel.forEach(context.workers(), worker -> FastJoin.join(context, worker, List.of()));
  }
}
