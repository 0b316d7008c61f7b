package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineStreamTest {

  private final List<String> items = new ArrayList<>();
  private final EngineStream<String> stream = new EngineStream<>(items::add);

  @Test
  void keepsItsFailureForTheCallerAndEnds() throws Exception {
    IOException failure = new IOException("connection reset");
    stream.onStart(() -> { });
    stream.onNext("first");
    stream.onError(failure);

    assertThat(stream.endsWithin(Duration.ofMillis(10))).isTrue();
    assertThat(stream.failure()).containsSame(failure);
    assertThat(items).containsExactly("first");
  }

  @Test
  void anErrorThatClosingCausedIsNoFailure() throws Exception {
    stream.onStart(() -> { });
    assertThat(stream.endsWithin(Duration.ofMillis(10))).isFalse();
    stream.onError(new IOException("socket closed"));

    assertThat(stream.failure()).isEmpty();
  }

  @Test
  void closesAStreamThatStartsAfterItsReaderLeft() throws Exception {
    assertThat(stream.endsWithin(Duration.ofMillis(10))).isFalse();
    boolean[] closed = {false};
    stream.onStart(() -> closed[0] = true);

    assertThat(closed[0]).isTrue();
  }
}
