package dev.kind4j.spi;

import dev.kind4j.ImageRef;

/**
 * What an implementation of kind4j provides; {@code kind-impl} is the one that ships.
 *
 * <p>Users never call this directly: {@link dev.kind4j.Kind} validates their settings into request
 * records and hands them here. Requests are records so that fields can be added without breaking
 * implementations; new operations arrive as default methods.
 */
public interface KindProvider {

  /** Builds or reuses a base image. */
  ImageRef buildBaseImage(BaseImageRequest request);
}
