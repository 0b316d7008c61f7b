package dev.kind4j.impl.progress;

import dev.kind4j.ProgressListener;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports an operation's steps to the user's listener, or to the log under {@code dev.kind4j} when there is none. */
public final class Progress implements ProgressListener {

  private static final Logger LOG = LoggerFactory.getLogger("dev.kind4j");

  private final ProgressListener listener;
  /** Steps go to the log at INFO only when nobody listens; a listener that prints them would repeat them. */
  private final boolean logSteps;

  private Progress(ProgressListener listener) {
    this.listener = listener;
    this.logSteps = listener == ProgressListener.NONE;
  }

  /** Reports to {@code listener} and the log; a listener that already is a {@code Progress} is returned as is. */
  public static Progress of(ProgressListener listener) {
    return listener instanceof Progress progress ? progress : new Progress(listener);
  }

  /** Runs {@code work} as a step: reported as started, then succeeded with its duration or failed. */
  public <T> T step(String name, Supplier<T> work) {
    stepStarted(name);
    long start = System.nanoTime();
    try {
      T result = work.get();
      stepSucceeded(name, Duration.ofNanos(System.nanoTime() - start));
      return result;
    } catch (RuntimeException | Error e) {
      stepFailed(name, e);
      throw e;
    }
  }

  @Override
  public void stepStarted(String step) {
    log("{} ...", step);
    listener.stepStarted(step);
  }

  @Override
  public void stepSucceeded(String step, Duration took) {
    log("✓ {} ({} s)", step, String.format("%.1f", took.toMillis() / 1000.0));
    listener.stepSucceeded(step, took);
  }

  @Override
  public void stepFailed(String step, Throwable cause) {
    if (logSteps) {
      LOG.warn("✗ {}: {}", step, cause.getMessage());
    }
    listener.stepFailed(step, cause);
  }

  @Override
  public void info(String message) {
    log(message);
    listener.info(message);
  }

  @Override
  public void warn(String message) {
    if (logSteps) {
      LOG.warn(message);
    }
    listener.warn(message);
  }

  private void log(String format, Object... arguments) {
    if (logSteps) {
      LOG.info(format, arguments);
    } else {
      LOG.debug(format, arguments);
    }
  }

  @Override
  public void output(String line) {
    LOG.debug(line);
    listener.output(line);
  }
}
