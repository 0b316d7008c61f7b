package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Runs {@code kubeadm join} on every worker at once, then wires their pod network when kind4j provides it. */
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
    List<CompletableFuture<Void>> joins = new ArrayList<>();
    for (NodeContainer worker : context.workers()) {
      joins.add(CompletableFuture.runAsync(() -> Kubeadm.run(context, worker, "join")));
    }
    try {
      joins.forEach(CompletableFuture::join);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new KindException("joining workers failed", e);
    }
    if (InstallCni.usesKind4jNetwork(context)) {
      InstallCni.wirePodNetwork(context, context.nodes);
    }
  }
}
