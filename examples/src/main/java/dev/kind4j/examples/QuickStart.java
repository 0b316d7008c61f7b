package dev.kind4j.examples;

import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.ProgressListener;
import java.time.Duration;

/** Builds kind's base image (offline if no registry answers) and says what it built. */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    ImageRef base = Kind.baseImage().progress(new ProgressListener() {
      @Override
      public void stepStarted(String step) {
        System.out.println(" • " + step + " ...");
      }

      @Override
      public void stepSucceeded(String step, Duration took) {
        System.out.printf(" ✓ %s (%.1f s)%n", step, took.toMillis() / 1000.0);
      }

      @Override
      public void info(String message) {
        System.out.println("   " + message);
      }

      @Override
      public void warn(String message) {
        System.out.println(" ! " + message);
      }
    }).build();
    System.out.println("Base image: " + base);
  }
}
