package dev.kind4j.impl.provider;

import dev.kind4j.KindException;

/** A container could not be created because another one has its name. */
public final class NameInUseException extends KindException {

  public NameInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}
