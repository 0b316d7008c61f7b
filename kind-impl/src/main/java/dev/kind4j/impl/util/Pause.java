package dev.kind4j.impl.util;

import dev.kind4j.KindException;
import java.time.Duration;

/** The pause between two polls; an interrupt ends it with a {@link KindException} and stays set on the thread. */
public final class Pause {

  private Pause() {}

  /**
   * Sleeps for {@code pause}.
   *
   * @param doing what the caller waits for, as in "interrupted while {@code doing}"
   */
  public static void between(Duration pause, String doing) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while " + doing, e);
    }
  }
}
