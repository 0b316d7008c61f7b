package dev.kind4j.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads the kind config that {@link KindCluster#config()} names: a classpath resource first, else a file. */
final class ConfigLocation {

  private ConfigLocation() {}

  /**
   * The YAML at {@code location}: the classpath resource of that name (a leading {@code /} is allowed), else the
   * file at that path, relative to the working directory unless absolute.
   */
  static String read(String location, ClassLoader loader) {
    String resource = location.startsWith("/") ? location.substring(1) : location;
    Path file = Path.of(location);
    try {
      URL url = loader.getResource(resource);
      if (url != null) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
    } catch (IOException e) {
      throw new ExtensionConfigurationException(
          "@KindCluster(config = \"" + location + "\"): cannot read it: " + e.getMessage(), e);
    }
    throw new ExtensionConfigurationException("@KindCluster(config = \"" + location + "\"): there is no classpath "
        + "resource " + resource + " and no file " + file.toAbsolutePath() + "; put the config under "
        + "src/test/resources or give a file path, absolute or relative to " + Path.of("").toAbsolutePath());
  }
}
