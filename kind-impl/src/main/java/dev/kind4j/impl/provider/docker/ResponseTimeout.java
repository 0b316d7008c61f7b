package dev.kind4j.impl.provider.docker;

import dev.kind4j.KindException;
import java.time.Duration;

/**
 * How long the engine may take to answer a call that it answers once (inspect, create, start, stop, remove,
 * commit, …): the system property {@code kind4j.docker.responseTimeout}, else the environment variable
 * {@code KIND4J_DOCKER_RESPONSE_TIMEOUT}, in seconds; {@code 0} means no limit. The default, 5 minutes, is far above
 * what a working engine needs (the longest such call kind4j makes is a stop with a 30 s grace period, or the commit of
 * a node), so only a hung engine is given up on. Streams and uploads have limits of their own.
 */
final class ResponseTimeout {

  static final String PROPERTY = "kind4j.docker.responseTimeout";
  static final String VARIABLE = "KIND4J_DOCKER_RESPONSE_TIMEOUT";
  static final Duration DEFAULT = Duration.ofMinutes(5);

  private ResponseTimeout() {}

  /** The limit this JVM is configured with; {@link Duration#ZERO} for none. */
  static Duration configured() {
    return of(System.getProperty(PROPERTY), System.getenv(VARIABLE));
  }

  /** The limit from a system property and an environment variable, either of which may be unset (null). */
  static Duration of(String property, String variable) {
    String value = property != null && !property.isBlank() ? property
        : variable != null && !variable.isBlank() ? variable : null;
    if (value == null) {
      return DEFAULT;
    }
    try {
      long seconds = Long.parseLong(value.strip());
      if (seconds < 0) {
        throw new NumberFormatException("negative");
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      throw new KindException(PROPERTY + " / " + VARIABLE + " is '" + value
          + "'; give the Docker engine's response timeout in whole seconds, 0 for no limit", e);
    }
  }
}
