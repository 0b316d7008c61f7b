package dev.kind4j.cli;

import dev.kind4j.Clusters;
import dev.kind4j.Kind;
import dev.kind4j.KindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kind4j delete clusters}: deletes the named clusters, or all; one failure does not stop the others. */
@Command(name = "clusters", description = "Deletes one or more clusters")
final class DeleteClustersCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-A", "--all"}, description = "delete all clusters")
  boolean all;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "the clusters to delete")
  List<String> names = List.of();

  @Mixin
  KubeconfigOption kubeconfig;

  @Override
  public Integer call() {
    if (all && !names.isEmpty()) {
      throw Flags.usage(spec, "--all deletes every cluster; pass --all or cluster names, not both");
    }
    if (!all && names.isEmpty()) {
      throw Flags.usage(spec, "no cluster names given; pass them, or --all to delete every cluster");
    }
    Clusters clusters = Kind.clusters();
    List<String> deleted = new ArrayList<>();
    KindException failure = null;
    for (String name : all ? clusters.list() : names) {
      try {
        clusters.delete(name, kubeconfig.path());
        deleted.add(name);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = new KindException("failed to delete cluster \"" + name + "\": " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    spec.commandLine().getErr().println("Deleted clusters: "
        + deleted.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(" ", "[", "]")));
    if (failure != null) {
      throw failure;
    }
    return 0;
  }
}
