package dev.kind4j.junit5;

import dev.kind4j.Kind;
import dev.kind4j.KindException;
import java.util.Optional;

/** Whether a Docker engine answers, asked once per JVM in kind-api's terms. */
final class DockerProbe {

  /** How kind-impl's message begins when it cannot reach the engine. */
  static final String ABSENT = "No Docker engine answers";

  private static Optional<String> cached;

  private DockerProbe() {}

  /** Why no Docker engine answers, or empty when one does. */
  static synchronized Optional<String> absence() {
    if (cached == null) {
      cached = absence(() -> Kind.clusters().list());
    }
    return cached;
  }

  /** Why {@code engineCall} found no engine, or empty when it succeeded; other failures are thrown. */
  static Optional<String> absence(Runnable engineCall) {
    try {
      engineCall.run();
      return Optional.empty();
    } catch (KindException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(ABSENT)) {
        return Optional.of(e.getMessage());
      }
      throw e;
    }
  }

  /** The failure of a class that needs an engine when none answers, saying why and what to do. */
  static KindException needed(Class<?> testClass, String absence) {
    return new KindException("@KindCluster on " + testClass.getName() + " needs a Docker engine. " + absence
        + ". To skip the class when there is none, use @KindCluster(disabledWithoutDocker = true).");
  }
}
