package dev.kind4j.impl.cluster;

import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.Node;
import dev.kind4j.impl.util.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Waits on workloads with the control plane's kubectl, so that no Kubernetes client is needed. */
final class KubectlWaits {

  /** Time the exec gets beyond kubectl's own limit, for kubectl to start and report. */
  private static final Duration EXEC_MARGIN = Duration.ofSeconds(30);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private KubectlWaits() {}

  /** Waits until pods match the selector and all are Ready; pods that do not exist yet are waited for. */
  static void podsReady(Node controlPlane, String namespace, String labelSelector, Duration timeout) {
    requireText("namespace", namespace, "default");
    requireText("labelSelector", labelSelector, "app=web");
    requireTimeout(timeout);
    long deadline = System.nanoTime() + timeout.toNanos();
    ExecResult last;
    do {
      last = kubectl(controlPlane, remaining(deadline), "wait", "--for=condition=Ready", "pods",
          "--selector=" + labelSelector, "--namespace=" + namespace);
      if (last.succeeded()) {
        return;
      }
      if (!podsMayAppear(last.stderr())) {
        break;
      }
      Pause.between(RETRY_PAUSE, "waiting for pods");
    } while (System.nanoTime() < deadline);
    ExecResult pods = controlPlane.tryExec(ExecRequest.builder("kubectl", "get", "pods", "--selector=" + labelSelector,
        "--namespace=" + namespace, "--output=wide").timeout(EXEC_MARGIN).build());
    throw new KindException("pods '" + labelSelector + "' in namespace " + namespace + " were not all Ready within "
        + timeout + ": " + last.stderr().strip() + "\n" + (pods.stdout() + pods.stderr()).strip());
  }

  /** Waits until the Deployment's rollout is complete. */
  static void rollout(Node controlPlane, String namespace, String deployment, Duration timeout) {
    requireText("namespace", namespace, "default");
    requireText("deployment", deployment, "web");
    requireTimeout(timeout);
    ExecResult status = kubectl(controlPlane, timeout, "rollout", "status", "deployment/" + deployment,
        "--namespace=" + namespace);
    if (!status.succeeded()) {
      throw new KindException("the rollout of deployment " + deployment + " in namespace " + namespace
          + " did not complete within " + timeout + ": " + (status.stderr() + status.stdout()).strip());
    }
  }

  /** Whether kubectl failed because the selected pods do not exist (yet, or any more), which a retry may change. */
  static boolean podsMayAppear(String stderr) {
    return stderr.contains("no matching resources found") || stderr.contains("not found");
  }

  /** kubectl's {@code --timeout} for what is left of {@code limit}: whole seconds, at least one. */
  static String kubectlTimeout(Duration limit) {
    return Math.max(1, (limit.toMillis() + 999) / 1000) + "s";
  }

  private static ExecResult kubectl(Node controlPlane, Duration limit, String... arguments) {
    List<String> command = new ArrayList<>(List.of("kubectl"));
    command.addAll(List.of(arguments));
    command.add("--timeout=" + kubectlTimeout(limit));
    return controlPlane.tryExec(ExecRequest.builder(command.toArray(String[]::new))
        .timeout(limit.plus(EXEC_MARGIN)).build());
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static void requireText(String argument, String value, String example) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(argument + ": must not be empty; give one such as \"" + example + "\"");
    }
  }

  private static void requireTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive, such as Duration.ofMinutes(2)");
    }
  }
}
