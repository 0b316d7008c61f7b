package dev.kind4j;

import java.util.Objects;

/**
 * A built or resolved container image.
 *
 * @param name the reference it is tagged with, such as {@code kindest/base:v20261127-abc1234}
 * @param id the engine's image ID, such as {@code sha256:…}
 * @param reused whether an existing image with the same inputs was reused instead of building one
 */
public record ImageRef(String name, String id, boolean reused) {

  public ImageRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return name + " (" + id + (reused ? ", reused)" : ")");
  }
}
