package dev.kind4j.junit5;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Unique names for clusters and namespaces: {@code kind4j-<hint>-<6 random characters>}. */
final class Names {

  /** kind's limit on cluster names; namespaces allow 63, so one limit serves both. */
  static final int MAX_LENGTH = 50;

  private static final String PREFIX = "kind4j-";
  private static final int RANDOM_LENGTH = 6;
  private static final int MAX_HINT = MAX_LENGTH - PREFIX.length() - 1 - RANDOM_LENGTH;

  private Names() {}

  /**
   * A fresh name from {@code hint}, such as a test class's simple name: lowercased, every run of other characters
   * than letters and digits made one {@code -}, and cut to fit. Valid both as a cluster name and as a namespace.
   */
  static String generate(String hint) {
    String core = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (core.length() > MAX_HINT) {
      core = core.substring(0, MAX_HINT);
    }
    core = core.replaceAll("^-+|-+$", "");
    return PREFIX + (core.isEmpty() ? "test" : core) + "-" + random();
  }

  private static String random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder out = new StringBuilder(RANDOM_LENGTH);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      out.append(Character.forDigit(random.nextInt(36), 36));
    }
    return out.toString();
  }
}
