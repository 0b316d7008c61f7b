package dev.kind4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class GoDurationTest {

  @ParameterizedTest
  @CsvSource({"5m, PT5M", "30s, PT30S", "0s, PT0S", "0, PT0S", "1h30m, PT1H30M", "1.5h, PT1H30M", "300ms, PT0.3S",
      ".5s, PT0.5S", "+5s, PT5S", "2m3.5s, PT2M3.5S", "1us, PT0.000001S", "1µs, PT0.000001S", "7ns, PT0.000000007S"})
  void parsesGoDurations(String text, Duration expected) {
    assertThat(GoDuration.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5 | time: missing unit in duration \"5\"",
      "5x | time: unknown unit \"x\" in duration \"5x\"",
      "5M | time: unknown unit \"M\" in duration \"5M\"",
      "abc | time: invalid duration \"abc\"",
      "1..5s | time: invalid duration \"1..5s\"",
      "'' | time: invalid duration \"\"",
      "-1s | must not be negative; use 0s for no wait, or such as 5m",
      "99999999h | time: invalid duration \"99999999h\""})
  void refusesWhatGoRefusesAndNegatives(String text, String message) {
    assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(TypeConversionException.class).hasMessage(message);
  }
}
