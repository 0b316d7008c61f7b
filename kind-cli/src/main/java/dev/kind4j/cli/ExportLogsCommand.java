package dev.kind4j.cli;

import dev.kind4j.Cluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kind4j export logs}: the cluster's logs in kind's layout; the directory is printed on standard output. */
@Command(name = "logs", description = "Exports logs to a tempdir or [output-dir] if specified")
final class ExportLogsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "output-dir", arity = "0..1", description = "where to write the logs (default: a new "
      + "temporary directory)")
  Path directory;

  @Mixin
  ClusterNameOption name;

  @Override
  public Integer call() throws IOException {
    try (Cluster cluster = RunningCluster.attach(name.name())) {
      Path target = directory != null ? directory : Files.createTempDirectory("kind4j-logs-");
      spec.commandLine().getErr().println("Exporting logs for cluster \"" + name.name() + "\" to:");
      spec.commandLine().getOut().println(target.toAbsolutePath());
      spec.commandLine().getOut().flush();
      cluster.exportLogs(target);
    }
    return 0;
  }
}
