package dev.kind4j.impl.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads files that ship inside kind-impl. */
public final class Resources {

  private Resources() {}

  public static byte[] bytes(String absoluteName) {
    try (InputStream in = Resources.class.getResourceAsStream(absoluteName)) {
      if (in == null) {
        throw new IllegalStateException("resource " + absoluteName + " is missing from kind-impl");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String absoluteName) {
    return new String(bytes(absoluteName), StandardCharsets.UTF_8);
  }
}
