package dev.kind4j.spi;

import java.util.Optional;

/**
 * A request to start a local image registry.
 *
 * @param name the container name, when given
 * @param hostPort the port on 127.0.0.1 to publish it on; 0 for a free one
 * @param image the registry image, when given
 * @param outliveJvm keep the registry after the JVM ends
 */
public record RegistryRequest(Optional<String> name, int hostPort, Optional<String> image, boolean outliveJvm) {}
