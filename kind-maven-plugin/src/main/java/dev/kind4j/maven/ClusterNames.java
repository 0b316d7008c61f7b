package dev.kind4j.maven;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh cluster names for builds that give none: {@code kind4j-<artifactId>-<6 random characters>}. */
final class ClusterNames {

  /** kind's limit on cluster names. */
  static final int MAX_LENGTH = 50;

  private static final String PREFIX = "kind4j-";
  private static final int RANDOM_LENGTH = 6;
  private static final int MAX_HINT = MAX_LENGTH - PREFIX.length() - 1 - RANDOM_LENGTH;

  private ClusterNames() {}

  /** A fresh name from {@code artifactId}: lowercased, other characters than letters and digits made {@code -}, cut to fit. */
  static String fresh(String artifactId) {
    String core = artifactId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (core.length() > MAX_HINT) {
      core = core.substring(0, MAX_HINT);
    }
    core = core.replaceAll("^-+|-+$", "");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder name = new StringBuilder(PREFIX).append(core.isEmpty() ? "build" : core).append('-');
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      name.append(Character.forDigit(random.nextInt(36), 36));
    }
    return name.toString();
  }
}
