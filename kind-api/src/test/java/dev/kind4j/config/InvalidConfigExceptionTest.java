package dev.kind4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.config.InvalidConfigException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidConfigExceptionTest {

  @Test
  void messageListsEveryProblemWithItsPath() {
    InvalidConfigException e = new InvalidConfigException(List.of(
        new Problem("nodes[1].extraPortMappings[0].hostPort", "70000 is not a port; use 1 to 65535"),
        new Problem("", "line 3, column 1: bad indentation")));

    assertThat(e.getMessage()).isEqualTo("invalid cluster config (2 problems):\n"
        + "  - nodes[1].extraPortMappings[0].hostPort: 70000 is not a port; use 1 to 65535\n"
        + "  - line 3, column 1: bad indentation");
    assertThat(e.problems()).extracting(Problem::path).containsExactly("nodes[1].extraPortMappings[0].hostPort", "");
  }

  @Test
  void needsAtLeastOneProblem() {
    assertThatThrownBy(() -> new InvalidConfigException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
