package dev.kind4j;

import java.util.List;

/**
 * The outcome of a command run in a node.
 *
 * @param command the argument array that ran
 * @param exitCode the process's exit code
 * @param stdout everything it wrote to standard output
 * @param stderr everything it wrote to standard error
 */
public record ExecResult(List<String> command, int exitCode, String stdout, String stderr) {

  public ExecResult {
    command = List.copyOf(command);
  }

  /** Whether the command exited with 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }

  /** Returns this result if the command succeeded, else throws with the command, exit code and output. */
  public ExecResult orThrow() {
    if (!succeeded()) {
      throw new KindException("command " + command + " exited with " + exitCode
          + tail("stderr", stderr) + tail("stdout", stdout));
    }
    return this;
  }

  private static String tail(String name, String text) {
    if (text.isBlank()) {
      return "";
    }
    String trimmed = text.strip();
    int max = 2000;
    return "\n" + name + ": " + (trimmed.length() > max ? "…" + trimmed.substring(trimmed.length() - max) : trimmed);
  }
}
