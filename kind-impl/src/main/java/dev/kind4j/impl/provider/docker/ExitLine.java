package dev.kind4j.impl.provider.docker;

/**
 * The line a wrapped command prints after it ends, {@code <prefix><exit code>}, which tells the client to close an exec
 * whose standard input it cannot close (see {@link DockerEngine#execReading}).
 */
record ExitLine(String prefix) {

  /** Whether the output's last line, complete, starts with the prefix. */
  boolean endsOutput(String output) {
    return output.endsWith("\n") && output.lastIndexOf(prefix) > output.lastIndexOf('\n', output.length() - 2);
  }
}
