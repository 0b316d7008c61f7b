package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import java.time.Duration;
import java.util.List;

/** Waits until every control-plane node reports Ready, as kind's {@code --wait} does. */
final class WaitForReady implements CreateStep {

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
    List<String> names = context.nodes.stream().filter(WriteConfiguration::isControlPlane).map(NodeContainer::name).toList();
    long deadline = System.nanoTime() + context.request.waitForReady().toNanos();
    List<String> notReady = names;
    while (System.nanoTime() < deadline) {
      notReady = names.stream().filter(name -> !isReady(controlPlane, name)).toList();
      if (notReady.isEmpty()) {
        return;
      }
      sleep();
    }
    throw new KindException("control-plane nodes " + notReady + " did not become Ready within "
        + format(context.request.waitForReady()) + "; export the logs with cluster.exportLogs(dir) to see why");
  }

  private static boolean isReady(NodeContainer controlPlane, String node) {
    var result = controlPlane.exec(Duration.ofSeconds(30), List.of("kubectl", "get", "node", node,
        "-o=jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"));
    return result.succeeded() && result.stdout().strip().equals("True");
  }

  private static String format(Duration duration) {
    long seconds = duration.toSeconds();
    return (seconds / 60) + "m" + (seconds % 60) + "s";
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while waiting for the control plane", e);
    }
  }
}
