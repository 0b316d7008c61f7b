package dev.kind4j.cli;

import dev.kind4j.Kind;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kind4j export kubeconfig}: merges the cluster's context into a kubeconfig file and makes it current. */
@Command(name = "kubeconfig", description = "Exports cluster kubeconfig")
final class ExportKubeconfigCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterNameOption name;

  @Mixin
  KubeconfigOption kubeconfig;

  @Override
  public Integer call() {
    RunningCluster.require(name.name());
    Kind.clusters().exportKubeconfig(name.name(), kubeconfig.path());
    spec.commandLine().getErr().println("Set kubectl context to \"kind-" + name.name() + "\"");
    return 0;
  }
}
