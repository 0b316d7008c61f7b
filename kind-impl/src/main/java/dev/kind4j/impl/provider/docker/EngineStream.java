package dev.kind4j.impl.provider.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streamed engine answer (pull progress, build output, output frames, a wait's status) that its caller awaits
 * within a limit. Its failure is kept for the caller, who reports it: docker-java's own callbacks log every failure
 * as an ERROR with a stack trace, though many are expected (a pull offline). The stream is closed when the wait ends,
 * in time or not, which aborts the HTTP request (also when the engine answers only after that); an error that
 * closing causes is not a failure.
 */
class EngineStream<T> extends ResultCallback.Adapter<T> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineStream.class);

  private final Consumer<T> items;
  private volatile Throwable failure;
  private volatile boolean closed;

  EngineStream(Consumer<T> items) {
    this.items = items;
  }

  @Override
  public void onStart(Closeable stream) {
    super.onStart(stream);
    if (closed) {
      close();
    }
  }

  @Override
  public void onNext(T item) {
    items.accept(item);
  }

  @Override
  public void onError(Throwable throwable) {
    if (closed) {
      LOG.debug("an engine stream closed by its reader ended with", throwable);
      return;
    }
    failure = throwable;
    LOG.debug("an engine stream failed", throwable);
    close();
  }

  /** Closes the stream, aborting its HTTP request if it still runs. */
  @Override
  public void close() {
    closed = true;
    try {
      super.close();
    } catch (IOException e) {
      LOG.debug("closing an engine stream failed", e);
    }
  }

  /** Waits for the stream to end, then closes it; false when {@code timeout} passed first. */
  boolean endsWithin(Duration timeout) throws InterruptedException {
    return awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Why the stream ended early, if it did. */
  Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** The error an item of a pull's or a build's answer reports, if any. */
  @SuppressWarnings("deprecation") // older engines fill only the deprecated field
  static Optional<String> errorOf(ResponseItem item) {
    if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
      return Optional.of(item.getErrorDetail().getMessage());
    }
    return Optional.ofNullable(item.getError());
  }
}
