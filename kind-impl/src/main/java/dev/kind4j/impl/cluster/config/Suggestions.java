package dev.kind4j.impl.cluster.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the accepted word a misspelt one most likely meant, for "did you mean" hints. */
final class Suggestions {

  private Suggestions() {}

  /** The accepted word closest to {@code given}, ignoring case, if it is close enough to be a typo. */
  static Optional<String> closest(String given, Collection<String> accepted) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : accepted) {
      int distance = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, given.length() / 4) ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The Levenshtein distance: how many single-character edits turn {@code a} into {@code b}. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
