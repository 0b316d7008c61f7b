package dev.kind4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kind4j version}. */
@Command(name = "version", description = "Prints the kind4j CLI version")
final class VersionCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println(Version.line());
  }
}
