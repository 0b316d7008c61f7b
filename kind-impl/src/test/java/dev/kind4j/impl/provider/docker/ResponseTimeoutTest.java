package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResponseTimeoutTest {

  @Test
  void defaultsToFiveMinutes() {
    assertThat(ResponseTimeout.of(null, null)).isEqualTo(Duration.ofMinutes(5));
    assertThat(ResponseTimeout.of(" ", "")).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void takesTheSystemPropertyOverTheEnvironment() {
    assertThat(ResponseTimeout.of("30", "90")).isEqualTo(Duration.ofSeconds(30));
    assertThat(ResponseTimeout.of(null, " 90 ")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void zeroMeansNoLimit() {
    assertThat(ResponseTimeout.of("0", null)).isZero();
  }

  @Test
  void refusesWhatIsNotWholeSecondsAndKeepsTheCause() {
    assertThatThrownBy(() -> ResponseTimeout.of(null, "5m"))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("KIND4J_DOCKER_RESPONSE_TIMEOUT is '5m'")
        .hasCauseInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> ResponseTimeout.of("-1", null)).hasCauseInstanceOf(NumberFormatException.class);
  }
}
