package dev.kind4j.impl.session;

import dev.kind4j.KindException;
import dev.kind4j.impl.provider.Provider;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;
import org.testcontainers.utility.ResourceReaper;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Testcontainers' reaper (Ryuk), used when the user's tests have Testcontainers, it works with the same engine as
 * kind4j, Ryuk is enabled and its image is present or pullable: then one reaper serves both, and kind4j's clusters
 * carry Testcontainers' session labels. Loaded only when Testcontainers is on the class path.
 */
final class TestcontainersReaper {

  private static final Logger LOG = LoggerFactory.getLogger(TestcontainersReaper.class);
  private static final Duration PULL_WITHIN = Duration.ofMinutes(2);

  private TestcontainersReaper() {}

  /** Ryuk's labels, once Ryuk runs; empty, with the reason logged at INFO, when it cannot serve. */
  static Optional<Map<String, String>> labels(Provider engine) {
    if (Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
      return unused("Ryuk is disabled (TESTCONTAINERS_RYUK_DISABLED)");
    }
    URI theirs = DockerClientFactory.instance().getTransportConfig().getDockerHost();
    if (!theirs.equals(URI.create(engine.host()))) {
      return unused("it talks to the engine at " + theirs + ", kind4j to " + engine.host());
    }
    DockerImageName ryuk = ImageNameSubstitutor.instance()
        .apply(DockerImageName.parse(TestcontainersConfiguration.getInstance().getRyukImage()));
    if (!engine.hasRepository(ryuk.getUnversionedPart())) {
      // Testcontainers pins Ryuk's tag itself; a pull of the configured name shows whether a registry serves it.
      Optional<KindException> failure = engine.pull(ryuk.asCanonicalNameString(), PULL_WITHIN);
      if (failure.isPresent()) {
        return unused("its image " + ryuk.getUnversionedPart() + " is neither present nor pullable: "
            + failure.get().getMessage());
      }
    }
    ResourceReaper reaper = ResourceReaper.instance();
    reaper.init();
    LOG.debug("Testcontainers' reaper removes this JVM's clusters, by the labels {}", reaper.getLabels());
    return Optional.of(reaper.getLabels());
  }

  private static Optional<Map<String, String>> unused(String reason) {
    LOG.info("Testcontainers' reaper is not used, so kind4j starts its own: {}", reason);
    return Optional.empty();
  }
}
