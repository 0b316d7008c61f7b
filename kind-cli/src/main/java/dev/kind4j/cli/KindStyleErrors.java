package dev.kind4j.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports errors as kind does: {@code ERROR: <message>} on standard error and exit code 1. Flag errors read as
 * cobra's ({@code unknown flag: --foo}, {@code invalid argument "5x" for "--wait" flag: …}); from verbosity 1 on a
 * failed command's stack trace follows, with its causes.
 */
final class KindStyleErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final int EXIT_FAILURE = 1;

  private final RootCommand root;

  KindStyleErrors(RootCommand root) {
    this.root = root;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    e.getCommandLine().getErr().println("ERROR: " + message(e));
    return EXIT_FAILURE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("ERROR: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
    if (root.verbosity() >= 1) {
      e.printStackTrace(err);
    }
    err.flush();
    return EXIT_FAILURE;
  }

  /** The message kind would print for a bad command line. */
  static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      String problem = argument.startsWith("-")
          ? "unknown flag: " + argument.split("=", 2)[0]
          : "unknown command \"" + argument + "\" for \"" + e.getCommandLine().getCommandSpec().qualifiedName() + "\"";
      return problem + suggestion(unmatched.getSuggestions());
    }
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof TypeConversionException conversion && arg instanceof OptionSpec option) {
      return invalidArgument(e.getValue(), option.longestName(), conversion.getMessage());
    }
    return e.getMessage();
  }

  /** cobra's message for a flag value it refuses; {@code flag} may also name a positional argument. */
  static String invalidArgument(Object value, String flag, String reason) {
    return "invalid argument \"" + value + "\" for " + (flag.startsWith("-") ? "\"" + flag + "\" flag" : flag)
        + ": " + reason;
  }

  private static String suggestion(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
  }
}
