package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PauseTest {

  @Test
  void anInterruptEndsThePauseWithWhatWasAwaitedAndStaysSet() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Pause.between(Duration.ofMinutes(1), "waiting for pods"))
          .isInstanceOf(KindException.class).hasMessage("interrupted while waiting for pods")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
