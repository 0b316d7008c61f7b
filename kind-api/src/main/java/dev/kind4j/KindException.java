package dev.kind4j;

/** Thrown when kind4j cannot do what was asked; the message says what failed and how to fix it. */
public class KindException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KindException(String message) {
    super(message);
  }

  public KindException(String message, Throwable cause) {
    super(message, cause);
  }
}
