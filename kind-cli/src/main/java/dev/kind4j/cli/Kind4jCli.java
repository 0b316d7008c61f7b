package dev.kind4j.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.RunLast;

/**
 * The {@code kind4j} command: kind's commands, flags and output on kind4j. Errors print {@code ERROR: <message>} to
 * standard error and exit with 1, as kind's do.
 */
public final class Kind4jCli {

  private Kind4jCli() {}

  /** Runs the command and exits with its code. Output is UTF-8 whatever the locale, as kind's is. */
  public static void main(String[] args) {
    System.setOut(utf8(FileDescriptor.out));
    System.setErr(utf8(FileDescriptor.err));
    CommandLine commandLine = commandLine();
    commandLine.setOut(new PrintWriter(System.out, true));
    commandLine.setErr(new PrintWriter(System.err, true));
    System.exit(commandLine.execute(args));
  }

  /** The command tree with kind's error handling, and the verbosity applied to the log before a command runs. */
  static CommandLine commandLine() {
    RootCommand root = new RootCommand();
    KindStyleErrors errors = new KindStyleErrors(root);
    return new CommandLine(root)
        .setExecutionStrategy(parseResult -> {
          Verbosity.apply(root.verbosity());
          return new RunLast().execute(parseResult);
        })
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  private static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor)), true, StandardCharsets.UTF_8);
  }
}
