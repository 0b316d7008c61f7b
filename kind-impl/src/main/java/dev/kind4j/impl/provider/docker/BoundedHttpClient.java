package dev.kind4j.impl.provider.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import dev.kind4j.KindException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An engine connection whose requests fail when the engine has not answered (sent the response head) within a limit,
 * with a message that names the limit and how to raise it.
 *
 * <p>httpclient5's response timeout is a socket read timeout, which docker-java's Unix socket (a {@code SocketChannel}
 * behind a stream) ignores. So a watchdog also interrupts a request's thread when the limit passes: a read blocked
 * on a channel is interruptible, and fails at once. The interrupt is cleared again before the thread returns.
 *
 * <p>A proxy rather than a class that implements the interface: that would make javac load docker-java's request
 * type, whose annotations need a library absent here, and warn on every build.
 */
final class BoundedHttpClient implements InvocationHandler {

  private final DockerHttpClient delegate;
  private final String host;
  private final Duration timeout;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "kind4j-engine-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private BoundedHttpClient(DockerHttpClient delegate, String host, Duration timeout) {
    this.delegate = delegate;
    this.host = host;
    this.timeout = timeout;
  }

  /** Wraps {@code delegate}, which should have the same response timeout, for the engine at {@code host}. */
  static DockerHttpClient of(DockerHttpClient delegate, String host, Duration timeout) {
    return (DockerHttpClient) Proxy.newProxyInstance(DockerHttpClient.class.getClassLoader(),
        new Class<?>[] {DockerHttpClient.class}, new BoundedHttpClient(delegate, host, timeout));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
    if (!method.getName().equals("execute")) {
      if (method.getName().equals("close")) {
        watchdog.shutdownNow();
      }
      return call(method, arguments);
    }
    Deadline deadline = new Deadline(Thread.currentThread());
    ScheduledFuture<?> alarm = watchdog.schedule(deadline::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return call(method, arguments);
    } catch (RuntimeException e) {
      if (deadline.expired() || e.getCause() instanceof SocketTimeoutException) {
        throw new KindException("The Docker engine at " + host + " did not answer within " + timeout.toSeconds()
            + " s; if it is only slow, raise " + ResponseTimeout.VARIABLE + " (seconds, 0 for no limit)", e);
      }
      throw e;
    } finally {
      alarm.cancel(false);
      deadline.finish();
    }
  }

  private Object call(Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(delegate, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** One request's limit: interrupts its thread once, unless the request finished first. */
  private static final class Deadline {
    private final Thread thread;
    private boolean finished;
    private boolean expired;

    Deadline(Thread thread) {
      this.thread = thread;
    }

    synchronized void expire() {
      if (!finished) {
        expired = true;
        thread.interrupt();
      }
    }

    synchronized boolean expired() {
      return expired;
    }

    synchronized void finish() {
      finished = true;
      if (expired) {
        Thread.interrupted();
      }
    }
  }
}
