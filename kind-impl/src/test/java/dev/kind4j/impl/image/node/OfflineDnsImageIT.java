package dev.kind4j.impl.image.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.ProgressListener;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Exited;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.impl.util.Resources;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline DNS image builds on the base image, and the unit tests of its record generation (kind4j-dns, Python)
 * pass inside it, run here on every build even when the engine reuses the image's cached layers.
 */
class OfflineDnsImageIT {

  /** Runs a test module given as its source in argv[1] beside kind4j-dns, failing unless every test passes. */
  private static final String RUN_TESTS = String.join("; ",
      "import sys, types, unittest",
      "sys.path.insert(0, '/usr/local/lib/kind4j-dns')",
      "module = types.ModuleType('kind4j_dns_test')",
      "exec(sys.argv[1], module.__dict__)",
      "result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run("
          + "unittest.defaultTestLoader.loadTestsFromModule(module))",
      "sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)");

  @Test
  void recordGenerationPassesItsUnitTestsInTheImage(@TempDir Path work) {
    TestImages.base();
    try (Provider engine = Providers.connect()) {
      String image = new ComponentImages(engine, Progress.of(ProgressListener.NONE), TestImages.BASE, work).dns();
      assertThat(image).startsWith("kind4j.local/kind4j-dns:");
      String tests = Resources.text("/dev/kind4j/impl/image/node/dns/kind4j_dns_test.py");
      Exited run = engine.runToExit(ContainerSpec.builder(image)
          .entrypoint("python3", "-c", RUN_TESTS, tests).build(), Duration.ofMinutes(1));
      System.out.println(run.output());
      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output()).containsPattern("test_statefulset_pods_answer_by_hostname_with_srv_pointing_at_them .*ok")
          .containsPattern("Ran [1-9][0-9]* tests");
      assertThat(engine.runToExit(ContainerSpec.builder(image).entrypoint("unbound", "-V").build(),
          Duration.ofMinutes(1)).output()).contains("Version 1.");
    }
  }
}
