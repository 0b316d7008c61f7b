package dev.kind4j.impl.console;

import dev.kind4j.ProgressListener;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Prints an operation's steps as kind's status lines: {@code  • step ...} when it starts, then {@code  ✓ step} or
 * {@code  ✗ step} and the cause. On a terminal the running step's line shows a spinner instead of the bullet,
 * redrawn in place, and the end mark replaces it. Messages are printed as they come, warnings after
 * {@code WARNING: }, and command output only when verbose. Safe to call from any thread.
 */
public final class StatusPrinter implements ProgressListener {

  private static final String[] FRAMES = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
  private static final Duration FRAME_INTERVAL = Duration.ofMillis(100);
  /** Back to the line's start, then erase it: the ANSI sequence that lets a line be redrawn. */
  private static final String REDRAW = "\r\u001b[K";

  private final PrintStream out;
  private final boolean terminal;
  private final boolean verbose;
  private final Duration frameInterval;
  private final Object lock = new Object();
  private String step; // the running step, or null; guarded by lock
  private Thread spinner; // the running step's spinner, or null; guarded by lock
  private int frame; // guarded by lock

  /**
   * @param out where to print
   * @param terminal whether {@code out} is a terminal that understands {@code \r} and ANSI erase, for the spinner
   * @param verbose whether to print command output too
   */
  public StatusPrinter(PrintStream out, boolean terminal, boolean verbose) {
    this(out, terminal, verbose, FRAME_INTERVAL);
  }

  StatusPrinter(PrintStream out, boolean terminal, boolean verbose, Duration frameInterval) {
    this.out = out;
    this.terminal = terminal;
    this.verbose = verbose;
    this.frameInterval = frameInterval;
  }

  /**
   * Prints to standard error, with a spinner if the JVM runs on an interactive console (Java checks standard input
   * and output) and {@code TERM} is not {@code dumb}.
   */
  public static StatusPrinter forConsole(boolean verbose) {
    return new StatusPrinter(System.err, isTerminal(System.console(), System.getenv("TERM")), verbose);
  }

  static boolean isTerminal(Console console, String term) {
    if (console == null || "dumb".equals(term)) {
      return false;
    }
    try {
      // From Java 22 on, there is a console even when the streams are redirected; isTerminal tells.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22, there is a console only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  @Override
  public void stepStarted(String step) {
    synchronized (lock) {
      if (terminal && this.step != null) {
        stopSpinner();
        out.println(); // the unfinished step's line stays as it is
      }
      this.step = step;
      if (terminal) {
        frame = 0;
        out.print(REDRAW + runningLine());
        spinner = new Thread(this::spin, "kind4j-status-spinner");
        spinner.setDaemon(true);
        spinner.start();
      } else {
        out.println(" • " + step + " ...");
      }
      out.flush();
    }
  }

  @Override
  public void stepSucceeded(String step, Duration took) {
    end(" ✓ " + step);
  }

  @Override
  public void stepFailed(String step, Throwable cause) {
    end(" ✗ " + step);
    line(cause.getMessage() != null ? cause.getMessage() : cause.toString());
  }

  @Override
  public void info(String message) {
    line(message);
  }

  @Override
  public void warn(String message) {
    line("WARNING: " + message);
  }

  @Override
  public void output(String line) {
    if (verbose) {
      line(line);
    }
  }

  private void end(String mark) {
    synchronized (lock) {
      if (terminal && step != null) {
        stopSpinner();
        out.print(REDRAW);
      }
      step = null;
      out.println(mark);
      out.flush();
    }
  }

  /** Prints a line of its own; on a terminal, above the running step's line, which is then drawn again. */
  private void line(String text) {
    synchronized (lock) {
      boolean spinning = terminal && step != null;
      if (spinning) {
        out.print(REDRAW);
      }
      out.println(text);
      if (spinning) {
        out.print(runningLine());
      }
      out.flush();
    }
  }

  private String runningLine() {
    return " " + FRAMES[frame] + " " + step + " ...";
  }

  private void spin() {
    try {
      while (true) {
        Thread.sleep(frameInterval.toMillis());
        synchronized (lock) {
          if (spinner != Thread.currentThread()) {
            return;
          }
          frame = (frame + 1) % FRAMES.length;
          out.print(REDRAW + runningLine());
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      // the step ended
    }
  }

  private void stopSpinner() {
    if (spinner != null) {
      spinner.interrupt();
      spinner = null;
    }
  }
}
