package dev.kind4j.maven;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports the cluster's logs when integration tests failed, as {@code kind export logs} does: per node its journal,
 * kubelet and containerd logs, pod logs and inspect output. Failures are read from failsafe's summary file. List
 * this goal before {@code kind4j:delete}: goals of one phase run in the order the POM lists them. A failed export
 * is a warning, so that {@code kind4j:delete} still runs.
 */
@Mojo(name = "export-logs", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class ExportLogsMojo extends ClusterMojo {

  /** Where to write the logs. */
  @Parameter(property = "kind4j.logs", defaultValue = "${project.build.directory}/kind4j/logs")
  File directory;

  /** Failsafe's summary of the integration tests; set it when failsafe's {@code summaryFile} is not the default. */
  @Parameter(property = "kind4j.failsafeSummary",
      defaultValue = "${project.build.directory}/failsafe-reports/failsafe-summary.xml")
  File summaryFile;

  /** Exports the logs whether or not integration tests failed. */
  @Parameter(property = "kind4j.exportLogs.always", defaultValue = "false")
  boolean always;

  @Override
  void run() {
    Optional<String> reason = always ? Optional.of("<always> is set") : failure();
    if (reason.isEmpty()) {
      return;
    }
    Optional<String> clusterName = clusterName();
    if (clusterName.isEmpty()) {
      getLog().warn("No cluster to export logs from (" + reason.get() + "): kind4j:create did not run in this build "
          + "and <name> is not set");
      return;
    }
    getLog().info("Exporting the logs of cluster " + clusterName.get() + " to " + directory + ": " + reason.get());
    try {
      withCluster(clusterName.get(), cluster -> cluster.exportLogs(directory.toPath()));
    } catch (RuntimeException e) {
      getLog().warn("Could not export the logs of cluster " + clusterName.get() + " to " + directory + ": "
          + e.getMessage(), e);
    }
  }

  /** Why the integration tests count as failed, from failsafe's summary; empty when they passed or none ran. */
  private Optional<String> failure() {
    try {
      Optional<FailsafeSummary> summary = FailsafeSummary.read(summaryFile.toPath());
      if (summary.isEmpty()) {
        getLog().info("No logs exported: there is no failsafe summary " + summaryFile + ", so no integration "
            + "test ran");
      } else if (summary.get().failure().isEmpty()) {
        getLog().info("No logs exported: no integration test failed");
      }
      return summary.flatMap(FailsafeSummary::failure);
    } catch (IOException e) {
      getLog().warn("Cannot read failsafe's summary " + summaryFile + "; exporting the logs in case tests failed", e);
      return Optional.of("failsafe's summary is unreadable");
    }
  }
}
