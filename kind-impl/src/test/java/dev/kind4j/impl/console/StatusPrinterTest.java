package dev.kind4j.impl.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPrinterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, UTF_8);

  /** A terminal printer whose spinner stays on its first frame, so that what it shows is certain. */
  private StatusPrinter stillTerminal(boolean verbose) {
    return new StatusPrinter(out, true, verbose, Duration.ofHours(1));
  }

  @Test
  void printsKindsStatusLinesWhenNotOnATerminal() {
    StatusPrinter printer = new StatusPrinter(out, false, false);

    printer.stepStarted("Ensuring node image");
    printer.info("Using the local node image kind4j/node:v1.20.2");
    printer.stepSucceeded("Ensuring node image", Duration.ofSeconds(3));
    printer.stepStarted("Starting control-plane");
    printer.output("[init] Using Kubernetes version: v1.20.2");
    printer.warn("the engine has less than 4 GiB of memory");
    printer.stepFailed("Starting control-plane", new IllegalStateException("kubeadm init failed"));

    assertThat(printed()).isEqualTo("""
         • Ensuring node image ...
        Using the local node image kind4j/node:v1.20.2
         ✓ Ensuring node image
         • Starting control-plane ...
        WARNING: the engine has less than 4 GiB of memory
         ✗ Starting control-plane
        kubeadm init failed
        """);
  }

  @Test
  void printsOutputOnlyWhenVerbose() {
    StatusPrinter printer = new StatusPrinter(out, false, true);

    printer.output("[init] Using Kubernetes version: v1.20.2");

    assertThat(printed()).isEqualTo("[init] Using Kubernetes version: v1.20.2\n");
  }

  @Test
  void namesTheCauseWhenItHasNoMessage() {
    new StatusPrinter(out, false, false).stepFailed("Joining worker nodes", new NullPointerException());

    assertThat(printed()).isEqualTo(" ✗ Joining worker nodes\njava.lang.NullPointerException\n");
  }

  @Test
  void aSpinnerHoldsTheRunningStepsLineAndTheMarkReplacesIt() {
    StatusPrinter printer = stillTerminal(false);

    printer.stepStarted("Preparing nodes");
    assertThat(screen()).containsExactly(" ⠋ Preparing nodes ...");
    printer.stepSucceeded("Preparing nodes", Duration.ofSeconds(2));

    assertThat(screen()).containsExactly(" ✓ Preparing nodes", "");
    assertThat(printed()).startsWith("\r\u001b[K ⠋ Preparing nodes ...").endsWith("\r\u001b[K ✓ Preparing nodes\n");
  }

  @Test
  void linesDuringAStepGoAboveItsSpinner() {
    StatusPrinter printer = stillTerminal(true);

    printer.stepStarted("Writing configuration");
    printer.info("kubeadm config written");
    printer.output("a line of output");
    assertThat(screen()).containsExactly("kubeadm config written", "a line of output", " ⠋ Writing configuration ...");
    printer.stepFailed("Writing configuration", new IllegalStateException("disk full"));

    assertThat(screen()).containsExactly("kubeadm config written", "a line of output", " ✗ Writing configuration",
        "disk full", "");
  }

  @Test
  void aNewStepLeavesAnUnfinishedOneOnItsOwnLine() {
    StatusPrinter printer = stillTerminal(false);

    printer.stepStarted("Ensuring node image");
    printer.stepStarted("Preparing nodes");
    printer.stepSucceeded("Preparing nodes", Duration.ZERO);

    assertThat(screen()).containsExactly(" ⠋ Ensuring node image ...", " ✓ Preparing nodes", "");
  }

  @Test
  void theSpinnerTurnsWhileTheStepRunsAndStopsWithIt() throws InterruptedException {
    StatusPrinter printer = new StatusPrinter(out, true, false, Duration.ofMillis(10));

    printer.stepStarted("Installing CNI");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!printed().contains(" ⠙ Installing CNI ...") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(printed()).contains("\r\u001b[K ⠙ Installing CNI ...");
    printer.stepSucceeded("Installing CNI", Duration.ofSeconds(1));
    String atEnd = printed();
    Thread.sleep(300);

    assertThat(printed()).isEqualTo(atEnd).endsWith(" ✓ Installing CNI\n");
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("kind4j-status-spinner") && thread.isAlive());
  }

  @Test
  void aDumbOrMissingConsoleIsNoTerminal() {
    assertThat(StatusPrinter.isTerminal(null, "xterm-256color")).isFalse();
  }

  private String printed() {
    return bytes.toString(UTF_8);
  }

  /** What a terminal shows: each line as its last redraw left it. */
  private List<String> screen() {
    List<String> lines = new ArrayList<>();
    for (String line : printed().split("\n", -1)) {
      lines.add(line.substring(line.lastIndexOf('\r') + 1).replace("\u001b[K", ""));
    }
    return lines;
  }
}
