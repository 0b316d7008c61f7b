package dev.kind4j.cli;

import java.io.UncheckedIOException;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Hands flag values to kind4j's builders; a value a builder refuses becomes an error that names the flag. */
final class Flags {

  private Flags() {}

  /**
   * Passes {@code value}, if given, to {@code setter}. The builder's refusal, whose message starts with the builder
   * method's name and says how to fix it, becomes cobra's {@code invalid argument "<value>" for "<flag>" flag: …}.
   */
  static <T> void apply(CommandSpec spec, String flag, T value, Consumer<T> setter) {
    if (value == null) {
      return;
    }
    try {
      setter.accept(value);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      String reason = String.valueOf(e.getMessage()).replaceFirst("^[A-Za-z0-9]+: ", "")
          + (e instanceof UncheckedIOException ? " (" + e.getCause() + ")" : "");
      throw new ParameterException(spec.commandLine(), KindStyleErrors.invalidArgument(value, flag, reason), e);
    }
  }

  /** An error about the command line that is no single flag's, such as two flags that exclude each other. */
  static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
