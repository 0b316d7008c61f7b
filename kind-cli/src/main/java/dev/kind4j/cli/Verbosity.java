package dev.kind4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * kind's {@code -v} levels as log detail. At 0 only kind4j's status lines and warnings show; 1 adds kind4j's log
 * (which choices it made and why), 2 its debug log and the output of the commands it runs, 3 every library's debug
 * log. The levels go to slf4j-simple's settings, so they apply before the first logger is made.
 */
final class Verbosity {

  private Verbosity() {}

  static void apply(int level) {
    if (level >= 1) {
      System.setProperty("org.slf4j.simpleLogger.log.dev.kind4j", level >= 2 ? "debug" : "info");
    }
    if (level >= 3) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
  }

  /** A level: a whole number, 0 or more. */
  static final class Level implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
      try {
        int level = Integer.parseInt(value);
        if (level >= 0) {
          return level;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw new TypeConversionException("the verbosity is a whole number, 0 or more, such as -v 1");
    }
  }
}
