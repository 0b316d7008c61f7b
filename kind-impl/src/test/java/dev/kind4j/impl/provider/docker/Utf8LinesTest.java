package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {

  private final List<String> lines = new ArrayList<>();
  private final Utf8Lines decoder = new Utf8Lines(lines::add);

  @Test
  void decodesACharacterThatChunksSplit() {
    byte[] text = "grüße ✓\n".getBytes(StandardCharsets.UTF_8);
    for (byte b : text) {
      decoder.accept(new byte[] {b});
    }
    assertThat(lines).containsExactly("grüße ✓");
  }

  @Test
  void passesOnEveryLineOfAChunkAndKeepsTheRest() {
    byte[] text = "one\ntwo\nthr€".getBytes(StandardCharsets.UTF_8);
    decoder.accept(Arrays.copyOf(text, text.length - 2));
    assertThat(lines).containsExactly("one", "two");

    decoder.accept(Arrays.copyOfRange(text, text.length - 2, text.length));
    decoder.finish();
    assertThat(lines).containsExactly("one", "two", "thr€");
  }

  @Test
  void keepsEmptyLinesAndEndsWithoutAnExtraOne() {
    decoder.accept("a\n\nb\n".getBytes(StandardCharsets.UTF_8));
    decoder.finish();
    assertThat(lines).containsExactly("a", "", "b");
  }
}
