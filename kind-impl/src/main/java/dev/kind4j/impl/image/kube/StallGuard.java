package dev.kind4j.impl.image.kube;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Closes a download that delivers no data for a while, so that a stalled transfer fails with an
 * {@link HttpTimeoutException} instead of hanging: {@link java.net.http.HttpClient} limits the wait
 * for a response, not for its body.
 */
final class StallGuard extends FilterInputStream {

  private final Duration limit;
  private final URI url;
  private volatile long lastData = System.nanoTime();
  private volatile boolean stalled;
  private volatile boolean closed;

  StallGuard(InputStream in, Duration limit, URI url) {
    super(in);
    this.limit = limit;
    this.url = url;
    Thread watchdog = new Thread(this::watch, "stall guard of " + url);
    watchdog.setDaemon(true);
    watchdog.start();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException e) {
      throw stalled ? stalledError(e) : e;
    }
    if (stalled) {
      throw stalledError(null);
    }
    lastData = System.nanoTime();
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    super.close();
  }

  private void watch() {
    long limitNanos = limit.toNanos();
    while (!closed) {
      long idle = System.nanoTime() - lastData;
      if (idle >= limitNanos) {
        stalled = true;
        try {
          in.close();
        } catch (IOException ignored) {
          // the reader sees the stall either way
        }
        return;
      }
      try {
        Thread.sleep(Math.max(1, Math.min(1000, (limitNanos - idle) / 1_000_000)));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private HttpTimeoutException stalledError(IOException cause) {
    HttpTimeoutException error = new HttpTimeoutException("no data from " + url + " for " + limit.toMillis() / 1000.0 + " s");
    if (cause != null) {
      error.initCause(cause);
    }
    return error;
  }
}
