package dev.kind4j.impl.provider;

import dev.kind4j.ExecResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Commands run in a running container, and files copied into and out of one: what a node is driven by. */
public interface ContainerCommands {

  /**
   * Runs a command in a running container with an argument array, waiting up to {@code timeout}; a non-zero exit is
   * no error here. Standard input is never attached. A command still running after {@code timeout} is killed with
   * all it started, and the call fails.
   */
  ExecResult exec(String container, List<String> command, Duration timeout);

  /** {@link #exec(String, List, Duration)} with these environment variables set besides the container's. */
  ExecResult exec(String container, List<String> command, Map<String, String> env, Duration timeout);

  /**
   * {@link #exec(String, List, Duration)} with {@code stdin} streamed to the command's standard input, for a command
   * that ends by itself once it has read what it needs, such as {@code ctr images import -} at the end of its tar
   * archive. {@code stdin} should end with the last byte the command reads.
   */
  ExecResult execReading(String container, List<String> command, InputStream stdin, Duration timeout);

  /** Starts a command in a running container and returns at once, leaving it running (such as a daemon). */
  void execDetached(String container, List<String> command);

  /** Unpacks a tar stream into {@code directory} of a container. */
  void copyIn(String container, InputStream tar, String directory);

  /** Streams {@code path} out of a container as a tar archive. */
  InputStream copyOut(String container, String path);

  /** Copies {@code path} out of a container, running or stopped, into the host directory {@code target}. */
  void copyOutTo(String container, String path, Path target);
}
