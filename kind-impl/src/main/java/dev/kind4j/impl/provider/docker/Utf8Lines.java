package dev.kind4j.impl.provider.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into lines of UTF-8 text. Bytes are kept until their line is whole, so a character that the
 * stream's chunks split (docker-java hands output over in frames of at most 1024 bytes) is decoded in one piece.
 */
final class Utf8Lines {

  private final Consumer<String> lines;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  Utf8Lines(Consumer<String> lines) {
    this.lines = lines;
  }

  /** Takes the next chunk and passes on every line it completes, without its {@code \n}. */
  void accept(byte[] chunk) {
    int start = 0;
    for (int i = 0; i < chunk.length; i++) {
      if (chunk[i] == '\n') {
        partial.write(chunk, start, i - start);
        emit();
        start = i + 1;
      }
    }
    partial.write(chunk, start, chunk.length - start);
  }

  /** Passes on the last line when the stream did not end with {@code \n}. */
  void finish() {
    if (partial.size() > 0) {
      emit();
    }
  }

  private void emit() {
    lines.accept(partial.toString(StandardCharsets.UTF_8));
    partial.reset();
  }
}
