package dev.kind4j.impl.cluster.create;

import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.util.Pause;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Readiness of nodes that started again on bootstrapped state, from a snapshot or after a restart: the state holds
 * the conditions from before, so a node counts only with a Ready heartbeat since it started, and a control-plane
 * pod only with every container running since then. As after a cold create, DaemonSet pods such as kube-proxy
 * follow within seconds.
 */
final class FreshReadiness {

  private static final Duration POLL = Duration.ofMillis(250);
  private static final String NODES = "-o=jsonpath={range .items[*]}{.status.conditions[?(@.type==\"Ready\")].status} "
      + "{.status.conditions[?(@.type==\"Ready\")].lastHeartbeatTime}{\"\\n\"}{end}";
  private static final String POD_CONTAINERS =
      "-o=jsonpath={range .items[*]}{.metadata.name} {.status.containerStatuses[*].state.running.startedAt}{\"\\n\"}{end}";

  private FreshReadiness() {}

  /** Waits until every node and every control-plane pod has been up since {@code since}. */
  static void await(NodeContainer controlPlane, int nodes, Instant since, Duration limit) {
    Instant from = since.truncatedTo(ChronoUnit.SECONDS);
    long deadline = System.nanoTime() + limit.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      ExecResult nodeStates = controlPlane.exec(Duration.ofSeconds(30), List.of("kubectl", "get", "nodes", NODES));
      ExecResult pods = controlPlane.exec(Duration.ofSeconds(30),
          List.of("kubectl", "get", "pods", "--namespace=kube-system", "--selector=tier=control-plane", POD_CONTAINERS));
      if (nodeStates.succeeded() && pods.succeeded() && nodesReady(nodeStates.stdout(), nodes, from)
          && podsRunning(pods.stdout(), from)) {
        return;
      }
      last = nodeStates.stdout().strip() + "\n" + pods.stdout().strip() + nodeStates.stderr().strip();
      Pause.between(POLL, "waiting for the nodes");
    }
    throw new KindException("the nodes and control-plane pods were not all up again within " + limit.toSeconds()
        + " s; last seen:\n" + last);
  }

  private static boolean nodesReady(String lines, int nodes, Instant since) {
    List<String> states = lines.lines().filter(line -> !line.isBlank()).toList();
    return states.size() == nodes && states.stream().allMatch(line -> line.startsWith("True ")
        && !Instant.parse(line.substring(5).strip()).isBefore(since));
  }

  private static boolean podsRunning(String lines, Instant since) {
    List<String> pods = lines.lines().filter(line -> !line.isBlank()).toList();
    return !pods.isEmpty() && pods.stream().allMatch(line -> {
      String[] fields = line.strip().split(" ");
      return fields.length > 1 && Arrays.stream(fields).skip(1)
          .allMatch(started -> !Instant.parse(started).isBefore(since));
    });
  }
}
