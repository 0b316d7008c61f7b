package dev.kind4j;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh names for clusters nobody named, as test extensions and build plugins create them: {@code
 * kind4j-<hint>-<6 random characters>}, valid both as a kind cluster name and as a Kubernetes namespace.
 */
public final class ClusterNames {

  /** kind's limit on cluster names; namespaces allow 63, so one limit serves both. */
  public static final int MAX_LENGTH = 50;

  private static final String PREFIX = "kind4j-";
  private static final int RANDOM_LENGTH = 6;
  private static final int MAX_HINT = MAX_LENGTH - PREFIX.length() - 1 - RANDOM_LENGTH;

  private ClusterNames() {}

  /**
   * A fresh name from {@code hint}, such as a test class's simple name or a build's artifact ID: lowercased, every
   * run of other characters than letters and digits made one {@code -}, and cut to fit; a hint with nothing left
   * gives {@code kind4j-<6 random characters>}.
   */
  public static String fresh(String hint) {
    String core = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (core.length() > MAX_HINT) {
      core = core.substring(0, MAX_HINT);
    }
    core = core.replaceAll("^-+|-+$", "");
    return PREFIX + (core.isEmpty() ? "" : core + "-") + random();
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
