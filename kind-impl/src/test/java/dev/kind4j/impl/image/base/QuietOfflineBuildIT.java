package dev.kind4j.impl.image.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Kind;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An offline build's expected fallbacks (the failed pull of a Debian image) are calm lines: a JVM that rebuilds the
 * base image prints no stack trace.
 */
class QuietOfflineBuildIT {

  private static final String TAG = "kind4j-test/base:quiet";

  /** Rebuilds the base image the way a user would, with the automatic root file system choice. */
  public static void main(String[] args) {
    Kind.baseImage().tag(TAG).rebuild(true).build();
  }

  @Test
  void anOfflineBuildPrintsNoStackTrace() throws IOException, InterruptedException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), QuietOfflineBuildIT.class.getName())
        .redirectErrorStream(true)
        .start();
    try {
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
      System.out.println(output);

      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).contains(TAG).contains("pulling it failed");
      assertThat(output.lines()).noneMatch(line -> line.matches("\\s+at [\\w.$/]+\\(.*\\)"))
          .noneMatch(line -> line.contains("Exception"));
    } finally {
      child.destroyForcibly();
      try (Provider engine = Providers.connect()) {
        engine.removeImage(TAG);
      }
    }
  }
}
