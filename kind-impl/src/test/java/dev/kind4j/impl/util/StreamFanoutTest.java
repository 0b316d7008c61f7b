package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StreamFanoutTest {

  /** More than the 16 MiB a reader may lag, so a reader that held the others back would stall the pump. */
  private static final byte[] CONTENT = new byte[40_000_000];

  static {
    new Random(1).nextBytes(CONTENT);
  }

  @Test
  void everyReaderGetsTheWholeStream() {
    StreamFanout fanout = new StreamFanout(new ByteArrayInputStream(CONTENT), 3);
    List<CompletableFuture<byte[]>> read = new ArrayList<>();
    for (StreamFanout.Reader reader : fanout.readers()) {
      read.add(CompletableFuture.supplyAsync(() -> readAll(reader)));
    }
    fanout.pump();
    read.forEach(bytes -> assertThat(bytes.join()).isEqualTo(CONTENT));
  }

  @Test
  void aClosedReaderDoesNotHoldTheOthersBack() throws IOException {
    StreamFanout fanout = new StreamFanout(new ByteArrayInputStream(CONTENT), 2);
    StreamFanout.Reader quitter = fanout.readers().get(0);
    quitter.close();
    CompletableFuture<byte[]> other = CompletableFuture.supplyAsync(() -> readAll(fanout.readers().get(1)));
    fanout.pump();
    assertThat(other.join()).isEqualTo(CONTENT);
    assertThat(quitter.read()).isEqualTo(-1);
  }

  @Test
  void aFailingSourceEndsTheReadersAndThePumpThrows() {
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(CONTENT), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("engine went away");
      }
    });
    StreamFanout fanout = new StreamFanout(failing, 2);
    List<CompletableFuture<byte[]>> read = fanout.readers().stream()
        .map(reader -> CompletableFuture.supplyAsync(() -> readAll(reader))).toList();
    assertThatThrownBy(fanout::pump).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("engine went away");
    read.forEach(bytes -> assertThat(bytes.join().length).isLessThan(CONTENT.length));
  }

  private static byte[] readAll(InputStream reader) {
    try (reader) {
      return reader.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
