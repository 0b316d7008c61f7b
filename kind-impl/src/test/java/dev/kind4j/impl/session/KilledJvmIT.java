package dev.kind4j.impl.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Kind;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clusters of a JVM killed with SIGKILL are removed by its reaper within a minute. */
class KilledJvmIT {

  private static final String NAME = "kind4j-killed";

  @Test
  void aKilledJvmsClusterIsRemovedWithinAMinute() throws Exception {
    Path kubeconfig = Files.createTempDirectory("kind4j-killed-").resolve("config");
    Set<String> reapersBefore = reapers();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CreateAndHang.class.getName(), NAME, TestImages.node().name(),
        kubeconfig.toString())
        .redirectErrorStream(true)
        .start();
    try (Provider engine = Providers.connect()) {
      awaitCreated(child);
      List<String> volumes = engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME)).stream()
          .flatMap(container -> engine.inspect(container.id()).volumes().stream())
          .toList();
      assertThat(volumes).isNotEmpty();
      Set<String> childsReaper = new HashSet<>(reapers());
      childsReaper.removeAll(reapersBefore);
      assertThat(childsReaper).hasSize(1);

      child.destroyForcibly();
      long killed = System.nanoTime();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).isEqualTo(137);

      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline && !engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME)).isEmpty()) {
        Thread.sleep(500);
      }
      assertThat(engine.containersWithLabels(Map.of(Labels.CLUSTER, NAME))).isEmpty();
      System.out.printf("the killed JVM's cluster was removed %.1f s after the kill%n",
          (System.nanoTime() - killed) / 1e9);
      assertThat(volumes).allSatisfy(volume -> assertThat(engine.volumeExists(volume)).as(volume).isFalse());
      while (System.nanoTime() < deadline && reapers().containsAll(childsReaper)) {
        Thread.sleep(500);
      }
      assertThat(reapers()).doesNotContainAnyElementsOf(childsReaper);
    } finally {
      child.destroyForcibly();
      Kind.clusters().delete(NAME, kubeconfig);
    }
  }

  private static Set<String> reapers() {
    try (Provider engine = Providers.connect()) {
      return engine.containersWithLabelKey(Labels.REAPER).stream().map(c -> c.id()).collect(Collectors.toSet());
    }
  }

  /** Reads the child's output until it says the cluster exists; its output is echoed for diagnosis. */
  private static void awaitCreated(Process child) throws Exception {
    BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = output.readLine()) != null) {
      System.out.println("child: " + line);
      if (line.equals("CREATED")) {
        return;
      }
    }
    throw new AssertionError("the child JVM ended before its cluster was created, with code " + child.waitFor());
  }
}
