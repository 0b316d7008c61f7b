package it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails while the cluster runs, so kind4j:export-logs and kind4j:delete must clean up after a failed test. */
class FailsOnPurposeIT {

  @Test
  void failsWhileTheClusterRuns() {
    assertTrue(Files.isRegularFile(Path.of(System.getenv("KUBECONFIG"))), "the cluster's kubeconfig exists");
    fail("fails on purpose: the build must still export the cluster's logs and delete it");
  }
}
