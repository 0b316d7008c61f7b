package dev.kind4j.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kind4j completion bash|zsh}: picocli's completion script, which serves zsh through bashcompinit. */
@Command(name = "completion", description = {"Output shell completion code for the specified shell (bash or zsh)",
    "Load it with: source <(kind4j completion bash)"})
final class CompletionCommand implements Runnable {

  enum Shell { bash, zsh }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "shell", description = "bash or zsh")
  Shell shell;

  @Override
  public void run() {
    spec.commandLine().getOut().print(AutoComplete.bash("kind4j", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
  }
}
