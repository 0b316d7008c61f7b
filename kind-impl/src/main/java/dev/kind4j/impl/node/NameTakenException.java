package dev.kind4j.impl.node;

import dev.kind4j.KindException;

/** A node container's name is taken: the cluster exists, or another create of it is running. */
public final class NameTakenException extends KindException {

  private static final long serialVersionUID = 1L;

  public NameTakenException(String message, Throwable cause) {
    super(message, cause);
  }
}
