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
    String last = "";
    while (System.nanoTime() < deadline) {
      last = readiness(controlPlane, names);
      if (!last.isEmpty() && last.chars().filter(c -> c == 'T').count() == names.size() && !last.contains("False")
          && !last.contains("Unknown")) {
        return;
      }
      sleep();
    }
    throw new KindException("the control plane did not become Ready within " + format(context.request.waitForReady())
        + " (Ready conditions: '" + last + "'); export the logs with cluster.exportLogs(dir) to see why");
  }

  static String readiness(NodeContainer controlPlane, List<String> names) {
    List<String> command = new java.util.ArrayList<>(List.of("kubectl", "get", "nodes"));
    command.addAll(names);
    command.add("-o=jsonpath={.items[*].status.conditions[?(@.type==\"Ready\")].status}");
    var result = controlPlane.exec(Duration.ofSeconds(30), command);
    return result.succeeded() ? result.stdout().strip() : "";
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
