package dev.kind4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecRequestTest {

  @Test
  void ofHasNoInputNoExtraEnvironmentAndTheDefaultLimit() {
    ExecRequest request = ExecRequest.of("kubectl", "get", "pods");

    assertThat(request.command()).containsExactly("kubectl", "get", "pods");
    assertThat(request.stdin()).isEmpty();
    assertThat(request.env()).isEmpty();
    assertThat(request.timeout()).isEqualTo(ExecRequest.DEFAULT_TIMEOUT);
  }

  @Test
  void builderCopiesWhatItIsGivenSoLaterChangesDoNotLeakIn() {
    byte[] input = "a: b".getBytes(StandardCharsets.UTF_8);
    String[] command = {"kubectl", "apply", "-f", "-"};
    ExecRequest request = ExecRequest.builder(command).stdin(input).env("A", "1").timeout(Duration.ofSeconds(9)).build();
    input[0] = 'x';
    command[0] = "rm";
    request.stdin().get()[0] = 'y';

    assertThat(request.command()).containsExactly("kubectl", "apply", "-f", "-");
    assertThat(request.stdin()).hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("a: b"));
    assertThat(request.env()).isEqualTo(Map.of("A", "1"));
    assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void newBuilderChangesACopy() {
    ExecRequest first = ExecRequest.builder("env").env("A", "1").stdin("in").build();
    ExecRequest second = first.newBuilder().env("B", "2").build();

    assertThat(first.env()).isEqualTo(Map.of("A", "1"));
    assertThat(second.env()).isEqualTo(Map.of("A", "1", "B", "2"));
    assertThat(second.stdin()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("in".getBytes()));
    assertThat(second.command()).isEqualTo(List.of("env"));
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(ExecRequest::of).hasMessageStartingWith("command: must name a program");
    assertThatThrownBy(() -> ExecRequest.of("", "x")).hasMessageStartingWith("command: must name a program");
    assertThatThrownBy(() -> ExecRequest.of("echo", null)).hasMessageStartingWith("command: argument 1 of");
    assertThatThrownBy(() -> ExecRequest.builder("env").env("A=B", "c")).hasMessageStartingWith("env: 'A=B'");
    assertThatThrownBy(() -> ExecRequest.builder("env").timeout(Duration.ZERO))
        .hasMessageStartingWith("timeout: must be positive");
  }
}
