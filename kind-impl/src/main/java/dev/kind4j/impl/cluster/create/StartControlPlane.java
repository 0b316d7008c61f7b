package dev.kind4j.impl.cluster.create;

import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code kubeadm init} on the first control-plane node, then reads the admin kubeconfig it wrote. */
final class StartControlPlane implements CreateStep {

  private static final Duration INIT_TIMEOUT = Duration.ofMinutes(10);

  @Override
  public String title(CreationContext context) {
    return "Starting control-plane 🕹️";
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer node = context.bootstrapControlPlane();
    List<String> command = new ArrayList<>(List.of("kubeadm", "init", "--config=" + WriteConfiguration.PATH,
        "--skip-token-print", "--v=6"));
    command.addAll(WriteConfiguration.skipPhasesFlag(context, node));
    ExecResult init = node.exec(INIT_TIMEOUT, command);
    if (!init.succeeded()) {
      throw new KindException("kubeadm init failed on " + node.name() + " (exit " + init.exitCode() + "):\n"
          + tail(init.stderr() + init.stdout()));
    }
    context.adminKubeconfig = node.exec("cat", "/etc/kubernetes/admin.conf").stdout();
    if (context.workers().isEmpty()) {
      // A single node must also run workloads: drop the control-plane taints, as kind does.
      for (String taint : List.of("node-role.kubernetes.io/master-", "node-role.kubernetes.io/control-plane-")) {
        node.exec(Duration.ofMinutes(1), List.of("kubectl", "taint", "nodes", "--all", taint));
      }
    }
  }

  static String tail(String text) {
    String trimmed = text.strip();
    return trimmed.length() > 6000 ? "…" + trimmed.substring(trimmed.length() - 6000) : trimmed;
  }
}
