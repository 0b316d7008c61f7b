package dev.kind4j.examples;

import dev.kind4j.ProgressListener;
import java.time.Duration;

/** Prints build steps the way kind prints them. */
final class ConsoleProgress implements ProgressListener {

  @Override
  public void stepStarted(String step) {
    System.out.println(" • " + step + " ...");
  }

  @Override
  public void stepSucceeded(String step, Duration took) {
    System.out.printf(" ✓ %s (%.1f s)%n", step, took.toMillis() / 1000.0);
  }

  @Override
  public void stepFailed(String step, Throwable cause) {
    System.out.println(" ✗ " + step + ": " + cause.getMessage());
  }

  @Override
  public void info(String message) {
    System.out.println("   " + message);
  }

  @Override
  public void warn(String message) {
    System.out.println(" ! " + message);
  }
}
