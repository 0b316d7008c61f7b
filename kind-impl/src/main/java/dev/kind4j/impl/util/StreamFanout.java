package dev.kind4j.impl.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Copies one stream to several readers at once, with no file between: every chunk read from the source goes to
 * each reader still open, so the slowest reader sets the pace, and a reader that is closed no longer holds the
 * others back. Readers never fail: when the source fails they end early, and {@link #pump} throws.
 */
public final class StreamFanout {

  private static final int CHUNK = 64 * 1024;
  /**
   * Chunks a reader may lag behind the source: 16 MiB. The chunks are shared, so that is also about the most held in
   * memory. A reader pausing for a moment (a consumer flushing a file to disk) then holds the others back only when
   * it falls that far behind; with 1 MiB, 100 MB into 3 nodes took 3.5–3.8 s, with 16 MiB 3.1–3.4 s.
   */
  private static final int QUEUED = 256;
  private static final byte[] END = new byte[0];

  private final InputStream source;
  private final List<Reader> readers;

  public StreamFanout(InputStream source, int readers) {
    this.source = source;
    this.readers = IntStream.range(0, readers).mapToObj(i -> new Reader()).toList();
  }

  /** The readers, one per consumer; each should be closed when its consumer stops reading. */
  public List<Reader> readers() {
    return readers;
  }

  /**
   * Copies the source to the readers until it ends or every reader is closed, then ends every reader and closes the
   * source. Throws when reading the source fails, after ending the readers.
   */
  public void pump() {
    try (source) {
      byte[] chunk;
      while ((chunk = source.readNBytes(CHUNK)).length > 0 && readers.stream().anyMatch(r -> !r.closed)) {
        for (Reader reader : readers) {
          reader.offer(chunk);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the stream to copy failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while copying a stream", e);
    } finally {
      readers.forEach(Reader::end);
    }
  }

  /** One consumer's view: the chunks the pump hands it, in order, then the end. */
  public static final class Reader extends InputStream {
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int position;

    private Reader() {}

    /** Waits for room unless the reader is closed, which drops the chunk. */
    void offer(byte[] chunk) throws InterruptedException {
      while (!closed && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        // the reader is still busy with earlier chunks
      }
    }

    /** Marks the end; when interrupted, closes the reader instead, which ends it as well. */
    void end() {
      try {
        offer(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closed = true;
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (position == current.length) {
        if (current == END || closed) {
          return -1;
        }
        try {
          current = chunks.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
        position = 0;
      }
      int count = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, count);
      position += count;
      return count;
    }

    @Override
    public void close() {
      closed = true;
      chunks.clear();
    }
  }
}
