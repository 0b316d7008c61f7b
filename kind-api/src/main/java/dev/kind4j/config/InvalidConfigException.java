package dev.kind4j.config;

import dev.kind4j.KindException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** Thrown when a cluster config cannot be used; lists every problem found, each with its field and its fix. */
public final class InvalidConfigException extends KindException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /** @param problems at least one problem */
  public InvalidConfigException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidConfigException needs at least one problem");
    }
    StringBuilder message = new StringBuilder("invalid cluster config (")
        .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(problem -> message.append("\n  - ").append(problem));
    return message.toString();
  }

  /**
   * One thing wrong with a config.
   *
   * @param path the field, such as {@code nodes[1].extraPortMappings[0].hostPort}; empty for the config as a whole
   * @param message what is wrong and how to fix it
   */
  public record Problem(String path, String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return path.isEmpty() ? message : path + ": " + message;
    }
  }
}
