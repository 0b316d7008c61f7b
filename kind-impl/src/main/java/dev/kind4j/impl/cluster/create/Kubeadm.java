package dev.kind4j.impl.cluster.create;

import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.kubeadm.KubeadmConfig;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.ExecTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs {@code kubeadm init} or {@code join} on a node with its written configuration. */
final class Kubeadm {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private Kubeadm() {}

  /** Runs {@code kubeadm <phase>} on {@code node}; throws with the end of kubeadm's output if it fails. */
  static void run(CreationContext context, NodeContainer node, String phase, String... flags) {
    List<String> command = new ArrayList<>(List.of("kubeadm", phase, "--config=" + WriteConfiguration.PATH, "--v=6"));
    command.addAll(List.of(flags));
    // v1beta2 cannot carry skipped phases in the configuration; the flag works for every version
    command.add("--skip-phases=" + String.join(",", KubeadmConfig.skipPhases(context.kubeadmInputs.get(node.name()))));
    ExecResult result;
    try {
      result = node.exec(TIMEOUT, command);
    } catch (ExecTimeoutException e) {
      throw new KindException("kubeadm " + phase + " did not finish on " + node.name() + " within "
          + TIMEOUT.toMinutes() + " min (" + e.getMessage() + "); its output until then:\n"
          + tail(e.outputSoFar().stderr() + e.outputSoFar().stdout()), e);
    }
    if (!result.succeeded()) {
      throw new KindException("kubeadm " + phase + " failed on " + node.name() + " (exit " + result.exitCode() + "):\n"
          + tail(result.stderr() + result.stdout()));
    }
  }

  /** The end of kubeadm's output, without the HTTP request lines of {@code --v=6}, which would crowd out its steps. */
  private static String tail(String text) {
    String trimmed = text.lines().filter(line -> !line.contains("round_trippers.go"))
        .collect(Collectors.joining("\n")).strip();
    return trimmed.length() > 6000 ? "…" + trimmed.substring(trimmed.length() - 6000) : trimmed;
  }
}
