package dev.kind4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** kind4j's version line, as kind's: {@code kind4j v0.1.0 java17.0.15 linux/amd64}. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }

  static String line() {
    return "kind4j v" + kind4jVersion() + " java" + System.getProperty("java.version") + " "
        + System.getProperty("os.name").toLowerCase(Locale.ROOT) + "/" + arch();
  }

  private static String kind4jVersion() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("reading kind4j's version", e);
    }
  }

  private static String arch() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64" -> "arm64";
      default -> arch;
    };
  }
}
