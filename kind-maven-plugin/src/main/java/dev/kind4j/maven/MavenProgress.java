package dev.kind4j.maven;

import dev.kind4j.ProgressListener;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/** kind4j's status lines in Maven's log: steps and messages at INFO, warnings at WARNING, command output at DEBUG. */
final class MavenProgress implements ProgressListener {

  private final Log log;

  MavenProgress(Log log) {
    this.log = log;
  }

  @Override
  public void stepStarted(String step) {
    log.info(" • " + step + " ...");
  }

  @Override
  public void stepSucceeded(String step, Duration took) {
    log.info(String.format(Locale.ROOT, " ✓ %s (%.1f s)", step, took.toMillis() / 1000.0));
  }

  /** Only the mark: Maven prints the cause with the build's error. */
  @Override
  public void stepFailed(String step, Throwable cause) {
    log.error(" ✗ " + step);
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void output(String line) {
    log.debug(line);
  }
}
