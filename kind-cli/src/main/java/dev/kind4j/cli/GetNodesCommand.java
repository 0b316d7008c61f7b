package dev.kind4j.cli;

import dev.kind4j.Cluster;
import dev.kind4j.Node;
import dev.kind4j.impl.cluster.ClusterNodes;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kind4j get nodes}: the cluster's node containers, one a line, and like kind's, the load balancer in front of
 * several control planes, which shares their cluster label though it is no Kubernetes node.
 */
@Command(name = "nodes", description = "Lists existing kind nodes by their name")
final class GetNodesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterNameOption name;

  @Override
  public Integer call() {
    if (!RunningCluster.exists(name.name())) {
      spec.commandLine().getErr().println("No kind nodes found for cluster \"" + name.name() + "\".");
      return 0;
    }
    try (Cluster cluster = RunningCluster.attach(name.name()); Provider engine = Providers.connect()) {
      cluster.nodes().stream().map(Node::name).forEach(spec.commandLine().getOut()::println);
      ClusterNodes.loadBalancer(engine, name.name()).ifPresent(spec.commandLine().getOut()::println);
    }
    return 0;
  }
}
