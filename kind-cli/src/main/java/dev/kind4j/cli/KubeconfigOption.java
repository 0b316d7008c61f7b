package dev.kind4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --kubeconfig}: the kubeconfig file to write instead of kubectl's. */
final class KubeconfigOption {

  @Option(names = "--kubeconfig", paramLabel = "string",
      description = "sets kubeconfig path instead of $KUBECONFIG or $HOME/.kube/config")
  private Path path;

  /** The file, or null for kubectl's: {@code $KUBECONFIG}, else {@code ~/.kube/config}. */
  Path path() {
    return path;
  }
}
