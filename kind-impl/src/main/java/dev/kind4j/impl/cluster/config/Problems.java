package dev.kind4j.impl.cluster.config;

import dev.kind4j.config.InvalidConfigException;
import dev.kind4j.config.InvalidConfigException.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects a config's problems, to report them all at once. */
final class Problems {

  private final List<Problem> problems = new ArrayList<>();

  void add(String path, String message) {
    problems.add(new Problem(path, message));
  }

  /** Throws an {@link InvalidConfigException} listing every problem added, if any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
  }
}
