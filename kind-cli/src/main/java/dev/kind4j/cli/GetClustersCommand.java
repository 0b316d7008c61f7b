package dev.kind4j.cli;

import dev.kind4j.Kind;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kind4j get clusters}: one name a line. */
@Command(name = "clusters", description = "Lists existing kind clusters by their name")
final class GetClustersCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<String> clusters = Kind.clusters().list();
    if (clusters.isEmpty()) {
      spec.commandLine().getErr().println("No kind clusters found.");
    }
    clusters.forEach(spec.commandLine().getOut()::println);
    return 0;
  }
}
