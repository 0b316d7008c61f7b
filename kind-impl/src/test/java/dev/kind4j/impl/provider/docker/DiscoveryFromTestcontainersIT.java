package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With Testcontainers on the class path, kind4j uses the engine Testcontainers chose: here the one a temporary
 * home's {@code ~/.testcontainers.properties} names, the local engine's TCP address ({@code scripts/setup-host}).
 * Testcontainers reads that file once per JVM, so a fresh JVM does the discovery.
 */
class DiscoveryFromTestcontainersIT {

  @TempDir
  Path home;

  @Test
  void theEngineNamedInTestcontainersPropertiesAnswers() throws IOException, InterruptedException {
    Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=tcp://127.0.0.1:2375\n");
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Probe.class.getName()))
        .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("DOCKER_") || key.startsWith("TESTCONTAINERS_"));
    env.put("HOME", home.toString());
    Process probe = builder.start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(probe.exitValue()).as(output).isZero();
    assertThat(output).contains("engine tcp://127.0.0.1:2375 answers with version ")
        .contains("Testcontainers chose it");
    // asking Testcontainers started no Ryuk of its own
    assertThat(output).doesNotContain("Ryuk started");
  }

  /** Connects as kind4j does and asks the engine for its version. */
  static final class Probe {
    public static void main(String[] args) {
      try (DockerEngine engine = DockerEngine.connect()) {
        System.out.println("engine " + engine.host() + " answers with version " + engine.info().getServerVersion());
      }
    }
  }
}
