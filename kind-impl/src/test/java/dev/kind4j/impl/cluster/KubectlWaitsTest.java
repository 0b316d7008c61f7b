package dev.kind4j.impl.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KubectlWaitsTest {

  @Test
  void kubectlTimeoutRoundsUpToWholeSecondsAndNeverReachesZero() {
    assertThat(KubectlWaits.kubectlTimeout(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(KubectlWaits.kubectlTimeout(Duration.ofMillis(1500))).isEqualTo("2s");
    assertThat(KubectlWaits.kubectlTimeout(Duration.ZERO)).isEqualTo("1s");
  }

  @Test
  void missingPodsAreWaitedForButATimeoutIsNot() {
    assertThat(KubectlWaits.podsMayAppear("error: no matching resources found\n")).isTrue();
    assertThat(KubectlWaits.podsMayAppear("Error from server (NotFound): pods \"web-1\" not found\n")).isTrue();
    assertThat(KubectlWaits.podsMayAppear("error: timed out waiting for the condition on pods/web-1\n")).isFalse();
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> KubectlWaits.podsReady(null, " ", "app=web", Duration.ofSeconds(1)))
        .hasMessageStartingWith("namespace: must not be empty");
    assertThatThrownBy(() -> KubectlWaits.podsReady(null, "default", "", Duration.ofSeconds(1)))
        .hasMessageStartingWith("labelSelector: must not be empty");
    assertThatThrownBy(() -> KubectlWaits.rollout(null, "default", "web", Duration.ZERO))
        .hasMessageStartingWith("timeout: must be positive");
  }
}
