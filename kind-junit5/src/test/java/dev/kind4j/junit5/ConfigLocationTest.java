package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocationTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void readsAClasspathResourceWithOrWithoutLeadingSlash() {
    assertThat(ConfigLocation.read("dev/kind4j/junit5/kind-config.yaml", loader)).startsWith("kind: Cluster\n");
    assertThat(ConfigLocation.read("/dev/kind4j/junit5/kind-config.yaml", loader)).startsWith("kind: Cluster\n");
  }

  @Test
  void readsAFileWhenNoResourceHasThatName(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("kind.yaml"), "kind: Cluster\n");

    assertThat(ConfigLocation.read(file.toString(), loader)).isEqualTo("kind: Cluster\n");
  }

  @Test
  void prefersTheClasspath(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("kind.yaml"), "from: file\n");
    Path resource = Files.writeString(directory.resolve("resource.yaml"), "from: classpath\n");
    String resourceName = file.toString().substring(1);
    ClassLoader classpath = new ClassLoader(null) {
      @Override
      public URL getResource(String name) {
        try {
          return name.equals(resourceName) ? resource.toUri().toURL() : null;
        } catch (MalformedURLException e) {
          throw new AssertionError(e);
        }
      }
    };

    assertThat(ConfigLocation.read(file.toString(), classpath)).isEqualTo("from: classpath\n");
  }

  @Test
  void aMissingConfigNamesTheAttributeAndWhereItLooked() {
    assertThatThrownBy(() -> ConfigLocation.read("missing.yaml", loader))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("@KindCluster(config = \"missing.yaml\"): there is no classpath resource missing.yaml "
            + "and no file " + Path.of("missing.yaml").toAbsolutePath())
        .hasMessageContaining("src/test/resources");
  }

  @Test
  void aDirectoryIsNotAConfig(@TempDir Path directory) {
    assertThatThrownBy(() -> ConfigLocation.read(directory.toString(), loader))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("@KindCluster(config = \"" + directory + "\"): there is no classpath resource");
  }
}
