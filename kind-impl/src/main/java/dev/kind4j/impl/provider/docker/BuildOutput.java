package dev.kind4j.impl.provider.docker;

import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/** What a build streams: each line of output is passed on; the last 30 and the engine's error are kept for messages. */
final class BuildOutput {

  private static final int TAIL_LINES = 30;

  private final Consumer<String> output;
  private final Deque<String> tail = new ArrayDeque<>();
  private String error;

  BuildOutput(Consumer<String> output) {
    this.output = output;
  }

  synchronized void accept(BuildResponseItem item) {
    if (item.getStream() != null) {
      item.getStream().lines().filter(line -> !line.isBlank()).forEach(line -> {
        output.accept(line);
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
          tail.removeFirst();
        }
      });
    }
    EngineStream.errorOf(item).ifPresent(message -> error = message);
  }

  /** The error the engine reported, if any. */
  synchronized Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The end of the output so far, to append to a message; empty when there was none. */
  synchronized String tail() {
    return tail.isEmpty() ? "" : "\nthe end of the build output:\n" + String.join("\n", tail);
  }
}
