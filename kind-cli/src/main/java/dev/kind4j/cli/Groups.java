package dev.kind4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The commands that only group others, as kind's: each prints its help when run alone. */
final class Groups {

  private Groups() {}

  /** A command that prints its usage when no subcommand is given. */
  abstract static class Group implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(name = "build", description = "Build one of [node-image, base-image]",
      subcommands = {BuildNodeImageCommand.class, BuildBaseImageCommand.class})
  static final class Build extends Group {}

  @Command(name = "create", description = "Creates one of [cluster]", subcommands = CreateClusterCommand.class)
  static final class Create extends Group {}

  @Command(name = "delete", description = "Deletes one of [cluster, clusters]",
      subcommands = {DeleteClusterCommand.class, DeleteClustersCommand.class})
  static final class Delete extends Group {}

  @Command(name = "export", description = "Exports one of [kubeconfig, logs]",
      subcommands = {ExportKubeconfigCommand.class, ExportLogsCommand.class})
  static final class Export extends Group {}

  @Command(name = "get", description = "Gets one of [clusters, nodes, kubeconfig]",
      subcommands = {GetClustersCommand.class, GetNodesCommand.class, GetKubeconfigCommand.class})
  static final class Get extends Group {}

  @Command(name = "load", description = "Loads images into nodes",
      subcommands = {LoadDockerImageCommand.class, LoadImageArchiveCommand.class})
  static final class Load extends Group {}
}
