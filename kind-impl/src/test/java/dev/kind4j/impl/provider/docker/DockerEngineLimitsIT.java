package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.ExecTimeoutException;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Limits, output decoding and failure reporting of {@link DockerEngine}, on the real engine with small containers. */
class DockerEngineLimitsIT {

  /** A local Debian image with sh, grep, coreutils and procps, built here when missing; nothing is pulled. */
  private static String image;
  private static final String LABEL = "dev.kind4j.test";
  private static final String LABEL_VALUE = "engine-limits-it";

  private static DockerEngine engine;

  @BeforeAll
  static void connect() {
    image = TestImages.base().name();
    engine = DockerEngine.connect();
    removeLeftovers();
  }

  @AfterAll
  static void cleanUp() {
    removeLeftovers();
    engine.close();
  }

  private static void removeLeftovers() {
    engine.containersWithLabels(Map.of(LABEL, LABEL_VALUE)).forEach(c -> engine.remove(c.id()));
  }

  private static String sleeper() {
    return engine.run(ContainerSpec.builder(image).entrypoint("sleep", "infinity").label(LABEL, LABEL_VALUE).build());
  }

  /** The command lines of the container's processes, one a line. */
  private static String processes(String container) {
    return engine.exec(container, List.of("sh", "-c",
        "for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < \"$f\"; echo; done"), Duration.ofSeconds(30)).stdout();
  }

  @Test
  void aCommandPastItsTimeoutIsKilledWithWhatItStarted() {
    String container = sleeper();
    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> engine.exec(container, List.of("sleep", "300"), Duration.ofSeconds(2)))
          .isInstanceOf(KindException.class)
          .hasMessage("command [sleep, 300] in " + container + " did not finish within 2 s; it was killed")
          .hasCauseInstanceOf(TimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
      assertThat(processes(container)).doesNotContain("sleep 300");

      assertThatThrownBy(() -> engine.exec(container, List.of("sh", "-c", "sleep 301 & sleep 302"),
          Duration.ofSeconds(2))).hasMessageEndingWith("; it was killed");
      assertThat(processes(container)).contains("sleep infinity").doesNotContain("sleep 30");

      assertThatThrownBy(() -> engine.exec(container, List.of("sh", "-c", "echo started; echo waiting >&2; sleep 303"),
          Duration.ofSeconds(2)))
          .isInstanceOfSatisfying(ExecTimeoutException.class, e -> {
            assertThat(e.outputSoFar().stdout()).isEqualTo("started\n");
            assertThat(e.outputSoFar().stderr()).isEqualTo("waiting\n");
          });
    } finally {
      engine.remove(container);
    }
  }

  @Test
  void aCommandThatCannotBeKilledIsReportedAsMaybeStillRunning() {
    String container = sleeper();
    try {
      engine.exec(container, List.of("rm", "/usr/bin/grep"), Duration.ofSeconds(30)).orThrow();

      assertThatThrownBy(() -> engine.exec(container, List.of("sleep", "300"), Duration.ofSeconds(2)))
          .hasMessageEndingWith("killing it failed (exit 3: no grep to find the processes with), so it may still be "
              + "running")
          .hasCauseInstanceOf(TimeoutException.class);
      assertThat(processes(container)).contains("sleep 300");
    } finally {
      engine.remove(container);
    }
  }

  @Test
  void aCommandRunsAsGivenAndKeepsItsExitCode() {
    String container = sleeper();
    try {
      ExecResult result = engine.exec(container, List.of("sh", "-c", "printf '%s|' \"$@\"; exit 7", "sh", "a b", "$HOME"),
          Duration.ofSeconds(30));
      assertThat(result.exitCode()).isEqualTo(7);
      assertThat(result.stdout()).isEqualTo("a b|$HOME|");
    } finally {
      engine.remove(container);
    }
  }

  @Test
  void aDetachedCommandKeepsRunning() {
    String container = sleeper();
    try {
      long start = System.nanoTime();
      engine.execDetached(container, List.of("sleep", "120"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(processes(container)).contains("sleep 120");
    } finally {
      engine.remove(container);
    }
  }

  @Test
  void waitingPastItsTimeoutFails() {
    String container = sleeper();
    try {
      assertThatThrownBy(() -> engine.waitForExit(container, Duration.ofSeconds(1)))
          .isInstanceOf(KindException.class)
          .hasMessage("container " + container + " did not exit within 1 s")
          .hasCauseInstanceOf(TimeoutException.class);
    } finally {
      engine.remove(container);
    }
  }

  @Test
  void aBuildPastItsTimeoutIsStopped() throws InterruptedException {
    String marker = UUID.randomUUID().toString();
    byte[] context = Tar.ofFile("Dockerfile", ("FROM " + image + "\nRUN sleep 300 # " + marker + "\n")
        .getBytes(StandardCharsets.UTF_8), 0644);
    String reference = "kind4j-test/engine-limits-it:" + marker.substring(0, 8);

    CompletableFuture<String> build = CompletableFuture.supplyAsync(() -> engine.build(
        new ByteArrayInputStream(context), reference, Map.of(), Map.of(), line -> { }, Duration.ofSeconds(8)));
    assertThat(eventually(() -> !runningContainersMentioning(marker).isEmpty(), Duration.ofSeconds(8)))
        .as("the RUN step's container runs").isTrue();
    assertThatThrownBy(build::join).cause()
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("building image " + reference + " did not finish within 8 s; it was stopped")
        .hasCauseInstanceOf(TimeoutException.class);

    // The engine cancels a build whose client left: the RUN step's container goes away.
    assertThat(eventually(() -> runningContainersMentioning(marker).isEmpty(), Duration.ofSeconds(30))).isTrue();
    assertThat(engine.imageId(reference)).isEmpty();
  }

  private static List<String> runningContainersMentioning(String marker) {
    return engine.listContainers(Map.of()).stream()
        .filter(c -> "running".equals(c.getState()) && c.getCommand() != null && c.getCommand().contains(marker))
        .map(c -> c.getId()).toList();
  }

  @Test
  void standardInputArrivesWholeAndTheExitCodeIsKept() throws Exception {
    byte[] data = new byte[20_000_000];
    new java.util.Random(7).nextBytes(data);
    String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    String container = sleeper();
    try {
      ExecResult read = engine.execReading(container, List.of("sh", "-c", "head -c " + data.length + " | sha256sum"),
          new ByteArrayInputStream(data), Duration.ofMinutes(1));
      assertThat(read.exitCode()).isZero();
      assertThat(read.stdout()).startsWith(digest);

      ExecResult failed = engine.execReading(container, List.of("sh", "-c", "head -c 10 >/dev/null; echo no >&2; exit 3"),
          new ByteArrayInputStream(data), Duration.ofMinutes(1));
      assertThat(failed.exitCode()).isEqualTo(3);
      assertThat(failed.stderr()).isEqualTo("no\n");
    } finally {
      engine.remove(container);
    }
  }

  @Test
  void outputIsDecodedWholeWhereFramesSplitACharacter() {
    // docker-java hands a frame over in chunks of 1024 bytes: 1023 ASCII bytes put the cut inside the 'é'.
    String line = "a".repeat(1023) + "é ✓";
    String print = "head -c 1023 /dev/zero | tr '\\0' a; printf '\\303\\251 \\342\\234\\223\\n'";
    String script = print + "; { " + print + "; } >&2";
    String printer = engine.run(ContainerSpec.builder(image).entrypoint("sh", "-c", script)
        .label(LABEL, LABEL_VALUE).build());
    String container = sleeper();
    try {
      List<String> lines = new ArrayList<>();
      assertThat(engine.followUntilExit(printer, Duration.ofMinutes(1), lines::add)).isZero();
      assertThat(lines).containsExactly(line, line);
      assertThat(engine.logs(printer)).isEqualTo(line + "\n" + line + "\n");

      ExecResult result = engine.exec(container, List.of("sh", "-c", script), Duration.ofSeconds(30));
      assertThat(result.stdout()).isEqualTo(line + "\n");
      assertThat(result.stderr()).isEqualTo(line + "\n");
    } finally {
      engine.remove(printer);
      engine.remove(container);
    }
  }

  @Test
  void streamsOutliveTheResponseTimeoutWhichBoundsCallsAnsweredOnce() {
    // containers are started and removed with the usual timeout, which a loaded engine may need
    try (DockerEngine impatient = DockerEngine.connect(Duration.ofSeconds(1))) {
      String container = engine.run(ContainerSpec.builder(image).entrypoint("sh", "-c", "sleep 3; echo done")
          .label(LABEL, LABEL_VALUE).build());
      try {
        List<String> lines = new ArrayList<>();
        assertThat(impatient.followUntilExit(container, Duration.ofMinutes(1), lines::add)).isZero();
        assertThat(lines).containsExactly("done");
      } finally {
        engine.remove(container);
      }

      String sleeper = engine.run(ContainerSpec.builder(image).entrypoint("sleep", "infinity")
          .label(LABEL, LABEL_VALUE).build());
      try {
        assertThat(impatient.exec(sleeper, List.of("sleep", "3"), Duration.ofSeconds(30)).exitCode()).isZero();
        // sleep as PID 1 ignores SIGTERM, so the engine answers a stop only after its 5 s grace period.
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.stop(sleeper, Duration.ofSeconds(5)))
            .isInstanceOf(KindException.class)
            .hasMessageContaining("did not answer within 1 s")
            .hasMessageContaining(ResponseTimeout.VARIABLE)
            .cause().isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(impatient.inspect(sleeper).id()).isNotBlank();
      } finally {
        engine.remove(sleeper);
      }
    }
  }

  @Test
  void expectedFailuresReachTheCallerWithTheirCauseAndStayOffTheConsole() {
    String absent = "kind4j-test/absent:" + UUID.randomUUID().toString().substring(0, 8);
    String console = stderrDuring(() -> {
      LoggerFactory.getLogger(DockerEngineLimitsIT.class).info("the console is captured");
      assertThatThrownBy(() -> engine.presentOrPulled(absent, reason -> "image: " + absent + " (" + reason + ")"))
          .isInstanceOf(KindException.class)
          .hasMessageStartingWith("image: " + absent + " (")
          .satisfies(e -> assertThat(e.getMessage()).doesNotEndWith("()"))
          .cause().isNotNull();
      assertThat(engine.pull(absent, Duration.ofMinutes(1))).isPresent();
      assertThatThrownBy(() -> engine.waitForExit("kind4j-engine-limits-it-absent", Duration.ofSeconds(10)))
          .hasMessageStartingWith("waiting for container kind4j-engine-limits-it-absent failed: ")
          .cause().isNotNull();
      assertThatThrownBy(() -> engine.logs("kind4j-engine-limits-it-absent"))
          .hasMessageStartingWith("reading the output of container kind4j-engine-limits-it-absent failed: ")
          .cause().isNotNull();
      return null;
    });
    assertThat(console).contains("the console is captured").doesNotContain("ERROR").doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** What goes to standard error, where the SLF4J simple logger writes, while {@code action} runs. */
  private static String stderrDuring(Supplier<Void> action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.get();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static boolean eventually(Supplier<Boolean> condition, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return true;
      }
      Thread.sleep(500);
    }
    return condition.get();
  }
}
