package dev.kind4j.cli;

import dev.kind4j.Cluster;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kind4j get kubeconfig}: prints the cluster's kubeconfig, for this host or, with --internal, its network. */
@Command(name = "kubeconfig", description = "Prints cluster kubeconfig")
final class GetKubeconfigCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterNameOption name;

  @Option(names = "--internal", description = "use internal address instead of external")
  boolean internal;

  @Override
  public Integer call() {
    try (Cluster cluster = RunningCluster.attach(name.name())) {
      String kubeconfig = internal ? cluster.internalKubeconfig() : cluster.kubeconfig();
      spec.commandLine().getOut().print(kubeconfig.endsWith("\n") ? kubeconfig : kubeconfig + "\n");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
