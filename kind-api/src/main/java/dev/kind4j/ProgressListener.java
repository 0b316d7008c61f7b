package dev.kind4j;

import java.time.Duration;

/**
 * Receives what a long operation is doing, step by step, as kind prints it.
 *
 * <p>All methods have empty defaults, so new events can be added without breaking listeners.
 */
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /** A step such as "Ensuring node image" began. */
  default void stepStarted(String step) {}

  /** The step that began last finished successfully. */
  default void stepSucceeded(String step, Duration took) {}

  /** The step that began last failed; the operation is about to throw {@code cause}. */
  default void stepFailed(String step, Throwable cause) {}

  /** Something the user should know, such as which root filesystem source was chosen and why. */
  default void info(String message) {}

  /** Something the user should act on, such as too little memory for the engine. */
  default void warn(String message) {}

  /** A line of output from a build or a command, for logs; printed only when verbose. */
  default void output(String line) {}
}
