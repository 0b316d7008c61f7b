package dev.kind4j.impl.cluster.create;

import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.util.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until every control-plane node reports Ready, as kind's {@code --wait} does, by watching the nodes with
 * {@code kubectl wait}; then until the {@code default} service account can be used (before Kubernetes 1.24, once it
 * has its token secret), without which no pod can be created.
 */
final class WaitForReady implements CreateStep {

  private static final Duration SERVICE_ACCOUNT_POLL = Duration.ofMillis(250);

  @Override
  public String title(CreationContext context) {
    return "Waiting ≤ " + format(context.request.waitForReady()) + " for control-plane = Ready ⏳";
  }

  @Override
  public boolean applies(CreationContext context) {
    return !context.request.waitForReady().isZero();
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer controlPlane = context.bootstrapControlPlane();
    Duration limit = context.request.waitForReady();
    long deadline = System.nanoTime() + limit.toNanos();
    List<String> command = new ArrayList<>(List.of("kubectl", "wait", "--for=condition=Ready",
        "--timeout=" + limit.toSeconds() + "s"));
    context.controlPlanes().forEach(node -> command.add("node/" + context.nodeName(node)));
    ExecResult ready = controlPlane.exec(limit.plusSeconds(30), command);
    if (!ready.succeeded()) {
      throw new KindException("control-plane nodes did not become Ready within " + format(limit) + " ("
          + ready.stderr().strip() + "); export the logs with cluster.exportLogs(dir) to see why");
    }
    // before 1.24 a pod also needs the account's token secret, which kube-controller-manager adds a moment later
    boolean needsTokenSecret = !context.kubeadmInputs.get(controlPlane.name()).kubernetesVersion().isAtLeast(1, 24);
    while (!serviceAccountUsable(controlPlane, needsTokenSecret)) {
      if (System.nanoTime() > deadline) {
        throw new KindException("the default service account did not appear within " + format(limit)
            + "; is kube-controller-manager running? (cluster.exportLogs(dir) shows its log)");
      }
      Pause.between(SERVICE_ACCOUNT_POLL, "waiting for the control plane");
    }
  }

  private static boolean serviceAccountUsable(NodeContainer controlPlane, boolean needsTokenSecret) {
    ExecResult account = controlPlane.exec(Duration.ofSeconds(30), List.of("kubectl", "get", "serviceaccount",
        "default", "--namespace=default", "-o=jsonpath={.secrets[*].name}"));
    return account.succeeded() && (!needsTokenSecret || !account.stdout().isBlank());
  }

  private static String format(Duration duration) {
    long seconds = duration.toSeconds();
    return (seconds / 60) + "m" + (seconds % 60) + "s";
  }
}
