package dev.kind4j.cli;

import dev.kind4j.Kind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kind4j delete cluster}: removes a cluster's nodes and its kubeconfig entries; a missing cluster is no error. */
@Command(name = "cluster", description = "Deletes a cluster")
final class DeleteClusterCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterNameOption name;

  @Mixin
  KubeconfigOption kubeconfig;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Deleting cluster \"" + name.name() + "\" ...");
    Kind.clusters().delete(name.name(), kubeconfig.path());
    return 0;
  }
}
