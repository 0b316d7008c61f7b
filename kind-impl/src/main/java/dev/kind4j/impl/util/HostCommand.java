package dev.kind4j.impl.util;

import dev.kind4j.KindException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a program on the host with an argument array (never a shell string) and a time limit. */
public final class HostCommand {

  private static final int TAIL_LINES = 40;

  private HostCommand() {}

  /** The outcome: exit code and the combined output, or its last lines when it was streamed. */
  public record Result(int exitCode, String output) {}

  /** Runs {@code command} in {@code directory}, sending each output line to {@code output}. */
  public static Result run(List<String> command, Path directory, Duration timeout, Consumer<String> output) {
    Process process = start(command, directory);
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> drain(process.getInputStream(), line -> {
      output.accept(line);
      synchronized (tail) {
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
          tail.removeFirst();
        }
      }
    }), "output of " + command.get(0));
    reader.setDaemon(true);
    reader.start();
    int exit = await(process, command, timeout);
    joinQuietly(reader);
    synchronized (tail) {
      return new Result(exit, String.join("\n", tail));
    }
  }

  /** Runs {@code command} and returns its trimmed output, or throws with the output if it fails. */
  public static String output(List<String> command, Path directory, Duration timeout) {
    StringBuilder all = new StringBuilder();
    Result result = run(command, directory, timeout, line -> all.append(line).append('\n'));
    if (result.exitCode() != 0) {
      throw new KindException(command + " exited with " + result.exitCode() + ": " + all.toString().strip());
    }
    return all.toString().strip();
  }

  /**
   * The trimmed output of a question to the host, such as {@code git describe}; empty when the program
   * is missing, fails, or prints nothing.
   */
  public static Optional<String> outputIfSucceeds(List<String> command, Path directory, Duration timeout) {
    if (!command.get(0).contains("/") && which(command.get(0)).isEmpty()) {
      return Optional.empty();
    }
    StringBuilder all = new StringBuilder();
    Result result = run(command, directory, timeout, line -> all.append(line).append('\n'));
    return result.exitCode() == 0 ? Optional.of(all.toString().strip()).filter(s -> !s.isEmpty()) : Optional.empty();
  }

  /** Starts {@code command} with its standard output available as a stream, such as a tar archive. */
  public static Process startPiped(List<String> command, Path directory) {
    try {
      return new ProcessBuilder(command).directory(directory.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new KindException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  /** Waits for a started process and throws unless it exits with 0. */
  public static void awaitSuccess(Process process, List<String> command, Duration timeout) {
    int exit = await(process, command, timeout);
    if (exit != 0) {
      throw new KindException(command + " exited with " + exit);
    }
  }

  /** The executable's path if it is on {@code PATH}. */
  public static Optional<Path> which(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Whether this JVM runs as root. */
  public static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static Process start(List<String> command, Path directory) {
    try {
      return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new KindException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  private static int await(Process process, List<String> command, Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new KindException(command + " did not finish within " + timeout.toMinutes() + " min");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while running " + command, e);
    }
  }

  private static void drain(InputStream in, Consumer<String> lines) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.accept(line);
      }
    } catch (IOException e) {
      lines.accept("(output lost: " + e.getMessage() + ")");
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
