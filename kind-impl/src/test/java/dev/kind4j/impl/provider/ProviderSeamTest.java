package dev.kind4j.impl.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-java stays behind the {@link Provider}: no compiled main class outside {@code dev.kind4j.impl.provider.docker}
 * refers to it. A class refers to a type by its internal name in the class file's constant pool, so the bytes of every
 * class are searched for docker-java's package (read as ISO-8859-1, one character a byte).
 */
class ProviderSeamTest {

  private static final String DOCKER_JAVA = "com/github/dockerjava/";
  private static final String DOCKER_PACKAGE = "dev/kind4j/impl/provider/docker/";

  @Test
  void onlyTheDockerProviderRefersToDockerJava() throws URISyntaxException {
    Path classes = Path.of(Provider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> referring = referringClasses(classes);

    assertThat(referring).as("the scan reads the docker provider's classes").anyMatch(c -> c.startsWith(DOCKER_PACKAGE));
    assertThat(referring).as("main classes outside %s that refer to docker-java", DOCKER_PACKAGE)
        .allMatch(c -> c.startsWith(DOCKER_PACKAGE));
  }

  private static List<String> referringClasses(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .filter(file -> read(file).contains(DOCKER_JAVA))
          .map(file -> classes.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
