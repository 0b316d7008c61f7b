package dev.kind4j.impl.util;

import dev.kind4j.KindException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per item at once and returns only when every task has ended, so a failure never leaves work
 * running behind the caller's cleanup. The first failure is thrown with the others suppressed on it.
 */
public final class Parallel {

  private Parallel() {}

  /** The results in the items' order. */
  public static <T, R> List<R> map(List<T> items, Function<T, R> task) {
    if (items.isEmpty()) {
      return List.of();
    }
    if (items.size() == 1) {
      return Collections.singletonList(task.apply(items.get(0)));
    }
    ExecutorService executor = Executors.newFixedThreadPool(items.size(), runnable -> {
      Thread thread = new Thread(runnable, "kind4j-parallel");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<R>> futures = items.stream().map(item -> executor.submit(() -> task.apply(item))).toList();
      List<R> results = new ArrayList<>();
      RuntimeException failure = null;
      for (Future<R> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
              : new KindException(e.getCause().toString(), e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          futures.forEach(f -> f.cancel(true));
          throw new KindException("interrupted while waiting for parallel work", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return results;
    } finally {
      executor.shutdown();
    }
  }

  /** Runs {@code task} for every item. */
  public static <T> void forEach(List<T> items, Consumer<T> task) {
    map(items, item -> {
      task.accept(item);
      return null;
    });
  }
}
