package dev.kind4j.impl.provider;

import dev.kind4j.impl.provider.docker.DockerEngine;

/**
 * Where {@link Provider}s come from. Docker and podman both speak Docker's API, so one implementation serves both (with
 * podman's own API for what its Docker-compatible one ignores); discovery picks the engine.
 */
public final class Providers {

  /** The system property that names the engine for kind4j alone, as {@code DOCKER_HOST} would. */
  public static final String HOST_PROPERTY = "kind4j.docker.host";

  private Providers() {}

  /** Connects to the engine discovery finds (see {@code EngineDiscovery}); fails when none answers. */
  public static Provider connect() {
    return DockerEngine.connect();
  }
}
