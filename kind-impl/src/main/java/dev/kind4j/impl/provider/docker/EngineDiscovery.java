package dev.kind4j.impl.provider.docker;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.util.ClassPath;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Docker engine. In order: the system property {@code kind4j.docker.host}; else, when Testcontainers is
 * on the class path, the engine Testcontainers chose (see {@link TestcontainersDiscovery}), so clusters live beside
 * the user's other containers; else the engine the Docker CLI would use: {@code DOCKER_HOST}, the current Docker
 * context ({@code DOCKER_CONTEXT} or {@code ~/.docker/config.json}), then {@code /var/run/docker.sock}. One INFO line
 * per JVM and engine says which engine and why.
 */
public final class EngineDiscovery {

  private static final Logger LOG = LoggerFactory.getLogger(EngineDiscovery.class);
  private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

  private EngineDiscovery() {}

  /** The engine this JVM uses, announced once. */
  static EngineEndpoint discover() {
    EngineEndpoint endpoint = discover(System.getProperty(Providers.HOST_PROPERTY), EngineDiscovery::testcontainers,
        () -> dockerCli(DefaultDockerClientConfig.createDefaultConfigBuilder(), System.getenv()));
    if (ANNOUNCED.add(endpoint.host() + " " + endpoint.reason())) {
      LOG.info("Docker engine {}: {}", endpoint.host(), endpoint.reason());
    }
    return endpoint;
  }

  /** The order: an explicit address, then Testcontainers' choice when it has one, then the Docker CLI's. */
  static EngineEndpoint discover(String explicit, Supplier<Optional<EngineEndpoint>> testcontainers,
      Supplier<EngineEndpoint> dockerCli) {
    if (explicit != null && !explicit.isBlank()) {
      EngineEndpoint cli = dockerCli.get();
      return new EngineEndpoint(URI.create(explicit.strip()), cli.ssl(),
          "the system property " + Providers.HOST_PROPERTY + " names it");
    }
    return testcontainers.get().orElseGet(dockerCli);
  }

  /**
   * The engine the Docker CLI would use, as docker-java resolves it from {@code builder} (the environment, the system
   * properties and the Docker config directory), with the reason read from {@code env}.
   */
  static EngineEndpoint dockerCli(DefaultDockerClientConfig.Builder builder, Map<String, String> env) {
    boolean explicit = builder.isDockerHostSetExplicitly();
    DefaultDockerClientConfig config = builder.build();
    String reason;
    if (explicit) {
      reason = isSet(env.get("DOCKER_HOST")) ? "DOCKER_HOST names it" : "the system property DOCKER_HOST names it";
    } else {
      String context = isSet(env.get("DOCKER_CONTEXT")) ? env.get("DOCKER_CONTEXT")
          : config.getDockerConfig().getCurrentContext();
      reason = isSet(context) && !context.equals("default")
          ? "the Docker context '" + context + "' names it"
          : "the default socket (no DOCKER_HOST, no Docker context, no Testcontainers)";
    }
    return new EngineEndpoint(config.getDockerHost(), config.getSSLConfig(), reason);
  }

  private static Optional<EngineEndpoint> testcontainers() {
    if (!ClassPath.has("org.testcontainers.DockerClientFactory")) {
      return Optional.empty();
    }
    try {
      return TestcontainersDiscovery.endpoint();
    } catch (RuntimeException | LinkageError e) {
      LOG.info("Testcontainers found no Docker engine, so kind4j looks as the Docker CLI does: {}", e.getMessage());
      LOG.debug("Testcontainers' discovery failed", e);
      return Optional.empty();
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
