package dev.kind4j.impl.provider;

import dev.kind4j.ExecResult;
import dev.kind4j.KindException;

/**
 * A command in a container did not finish within its limit and was killed (or an attempt was made); {@link
 * #outputSoFar} holds what it printed until then, so a caller can show why it hung.
 */
public final class ExecTimeoutException extends KindException {

  private final transient ExecResult outputSoFar;

  public ExecTimeoutException(String message, Throwable cause, ExecResult outputSoFar) {
    super(message, cause);
    this.outputSoFar = outputSoFar;
  }

  /** The command's output until it was stopped; its exit code is -1. */
  public ExecResult outputSoFar() {
    return outputSoFar;
  }
}
