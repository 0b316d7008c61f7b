package dev.kind4j.cli;

import picocli.CommandLine.Option;

/** {@code -n, --name}: the cluster a command works on; {@code KIND_CLUSTER_NAME}, else {@code kind}, as in kind. */
final class ClusterNameOption {

  @Option(names = {"-n", "--name"}, defaultValue = "${env:KIND_CLUSTER_NAME:-kind}", paramLabel = "string",
      description = "the cluster name (default: KIND_CLUSTER_NAME, else kind)")
  private String name;

  String name() {
    return name == null || name.isBlank() ? "kind" : name;
  }
}
