package dev.kind4j.cli;

import dev.kind4j.ProgressListener;
import dev.kind4j.impl.console.StatusPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code kind4j}: kind's command tree, and the options every command has. */
@Command(name = "kind4j", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Version.class, sortOptions = false,
    description = "kind4j creates and manages local Kubernetes clusters using Docker container 'nodes', as kind does.",
    subcommands = {Groups.Build.class, CompletionCommand.class, Groups.Create.class, Groups.Delete.class,
        Groups.Export.class, Groups.Get.class, HelpCommand.class, Groups.Load.class, VersionCommand.class})
final class RootCommand extends Groups.Group {

  @Option(names = {"-v", "--verbosity"}, scope = ScopeType.INHERIT, paramLabel = "int",
      converter = Verbosity.Level.class,
      description = "info log verbosity, higher value produces more output: 1 adds kind4j's log, 2 its debug log "
          + "and the output of the commands it runs, 3 every library's debug log")
  private int verbosity;

  int verbosity() {
    return verbosity;
  }

  /** kind's status lines on standard error; with command output from verbosity 2 on. */
  ProgressListener status() {
    return StatusPrinter.forConsole(verbosity >= 2);
  }

  /** The root of the tree {@code spec} belongs to. */
  static RootCommand of(CommandSpec spec) {
    return (RootCommand) spec.root().userObject();
  }
}
