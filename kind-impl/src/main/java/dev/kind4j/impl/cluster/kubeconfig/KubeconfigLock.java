package dev.kind4j.impl.cluster.kubeconfig;

import dev.kind4j.KindException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to a kubeconfig file, shared with kubectl and kind: holding it means having
 * created {@code <file>.lock}, which they create the same way, exclusively, and delete when done.
 * Threads of this JVM first queue on a lock of their own, so only one of them polls the file.
 *
 * <p>A lock file left behind by a process that crashed blocks every writer, kubectl's too, until
 * someone deletes it; {@link #acquire} says so when it times out.
 */
final class KubeconfigLock implements AutoCloseable {

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock inJvm;
  private final Path lockFile;

  private KubeconfigLock(ReentrantLock inJvm, Path lockFile) {
    this.inJvm = inJvm;
    this.lockFile = lockFile;
  }

  /** Waits up to {@code timeout} for the lock on {@code file}, whose directory must exist. */
  static KubeconfigLock acquire(Path file, Duration timeout) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
    long deadline = System.nanoTime() + timeout.toNanos();
    ReentrantLock inJvm = IN_JVM.computeIfAbsent(absolute, path -> new ReentrantLock(true));
    boolean queued = false;
    boolean acquired = false;
    try {
      queued = inJvm.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS);
      while (queued) {
        try {
          Files.createFile(lockFile);
          acquired = true;
          return new KubeconfigLock(inJvm, lockFile);
        } catch (FileAlreadyExistsException heldElsewhere) {
          if (System.nanoTime() > deadline) {
            break;
          }
          Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50));
        }
      }
      throw new KindException("the kubeconfig is locked: " + lockFile + " still exists after "
          + timeout.toSeconds() + " s. kubectl or kind may be writing it; if none is running, a crashed one"
          + " left it behind: delete it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while waiting for " + lockFile, e);
    } finally {
      if (queued && !acquired) {
        inJvm.unlock();
      }
    }
  }

  /** Deletes the lock file and lets the next writer in. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(lockFile);
    } finally {
      inJvm.unlock();
    }
  }
}
