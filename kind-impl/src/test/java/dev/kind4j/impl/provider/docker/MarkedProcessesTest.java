package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The kill script run by this host's {@code sh} against processes of this host: no engine needed. */
@EnabledOnOs(OS.LINUX)
class MarkedProcessesTest {

  @Test
  void killsTheMarkedProcessAndWhatItStartedAndNothingElse() throws Exception {
    String marker = DockerEngine.EXEC_MARKER + "=" + UUID.randomUUID();
    ProcessBuilder marked = new ProcessBuilder("sh", "-c", "sleep 301 & sleep 302; wait");
    marked.environment().put(DockerEngine.EXEC_MARKER, marker.substring(marker.indexOf('=') + 1));
    Process tree = marked.start();
    Process bystander = new ProcessBuilder("sleep", "303").start();
    try {
      Thread.sleep(300);
      ProcessHandle[] children = tree.descendants().toArray(ProcessHandle[]::new);
      assertThat(children).hasSize(2);

      Process kill = new ProcessBuilder(MarkedProcesses.killCommand(marker)).redirectErrorStream(true).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).as(new String(kill.getInputStream().readAllBytes())).isZero();

      assertThat(tree.waitFor(5, TimeUnit.SECONDS)).isTrue();
      for (ProcessHandle child : children) {
        assertThat(child.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
      }
      assertThat(bystander.isAlive()).isTrue();
    } finally {
      tree.destroyForcibly();
      tree.descendants().forEach(ProcessHandle::destroyForcibly);
      bystander.destroyForcibly();
    }
  }
}
