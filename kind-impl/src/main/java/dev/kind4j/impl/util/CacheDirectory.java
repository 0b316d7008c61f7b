package dev.kind4j.impl.util;

import java.nio.file.Path;

/** Where kind4j keeps host-side caches: {@code $KIND4J_CACHE}, else {@code ~/.cache/kind4j}, as kind4j's scripts do. */
public final class CacheDirectory {

  private CacheDirectory() {}

  /** The cache directory for this user; it may not exist yet. */
  public static Path get() {
    String explicit = System.getenv("KIND4J_CACHE");
    return explicit != null && !explicit.isBlank() ? Path.of(explicit)
        : Path.of(System.getProperty("user.home"), ".cache", "kind4j");
  }
}
