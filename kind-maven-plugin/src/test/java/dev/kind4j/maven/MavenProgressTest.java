package dev.kind4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class MavenProgressTest {

  @Test
  void statusLinesGoToMavensLogAtTheirLevels() {
    List<String> lines = new ArrayList<>();
    MavenProgress progress = new MavenProgress(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        lines.add("INFO " + content);
      }

      @Override
      public void warn(CharSequence content) {
        lines.add("WARNING " + content);
      }

      @Override
      public void error(CharSequence content) {
        lines.add("ERROR " + content);
      }

      @Override
      public void debug(CharSequence content) {
        lines.add("DEBUG " + content);
      }
    });
    progress.stepStarted("Preparing nodes");
    progress.stepSucceeded("Preparing nodes", Duration.ofMillis(2345));
    progress.stepStarted("Starting control-plane");
    progress.stepFailed("Starting control-plane", new IllegalStateException("kubeadm init failed"));
    progress.info("Using node image kind4j/node:v1.20.2");
    progress.warn("The engine has 4 GB of memory");
    progress.output("[init] Using Kubernetes version: v1.20.2");
    assertThat(lines).containsExactly(
        "INFO  • Preparing nodes ...",
        "INFO  ✓ Preparing nodes (2.3 s)",
        "INFO  • Starting control-plane ...",
        "ERROR  ✗ Starting control-plane",
        "INFO Using node image kind4j/node:v1.20.2",
        "WARNING The engine has 4 GB of memory",
        "DEBUG [init] Using Kubernetes version: v1.20.2");
  }
}
