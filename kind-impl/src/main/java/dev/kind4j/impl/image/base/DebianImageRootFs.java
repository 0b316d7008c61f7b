package dev.kind4j.impl.image.base;

import dev.kind4j.ProgressListener;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A root filesystem built on the {@code debian:<suite>} image with apt, inside the engine. */
final class DebianImageRootFs {

  private DebianImageRootFs() {}

  /** The image this source starts from. */
  static String baseImage(String suite) {
    return "debian:" + suite;
  }

  /** Builds the root filesystem as {@code reference} from the local {@code debian:<suite>}; returns the image ID. */
  static String build(Provider engine, String suite, List<String> packages, String reference,
      ProgressListener listener) {
    String dockerfile = String.join("\n",
        "FROM " + baseImage(suite),
        "RUN apt-get update \\",
        " && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends " + String.join(" ", packages) + " \\",
        " && apt-get clean && rm -rf /var/lib/apt/lists/*",
        "");
    byte[] context = Tar.ofFile("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
    return engine.build(new ByteArrayInputStream(context), reference, Map.of(), Map.of(), listener::output);
  }
}
