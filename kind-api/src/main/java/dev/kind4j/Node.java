package dev.kind4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A cluster node: a container that runs systemd, containerd and kubelet. As in kind, work inside a
 * node is done by running commands with argument arrays; files go in and out by copy.
 */
public interface Node {

  /** The container's name, which is also the node's hostname, such as {@code kind-control-plane}. */
  String name();

  /** The node's role in its cluster. */
  NodeRole role();

  /** Runs a command and waits up to {@code timeout} for it; a non-zero exit is not an error here. */
  ExecResult exec(Duration timeout, List<String> command);

  /** Runs a command with a five-minute limit and throws unless it exits with 0. */
  default ExecResult exec(String... command) {
    return exec(Duration.ofMinutes(5), List.of(command)).orThrow();
  }

  /** Copies a host file or directory into the node as {@code nodePath}. */
  void copyIn(Path hostPath, String nodePath);

  /** Writes {@code content} to {@code nodePath} with the given permission bits, such as {@code 0644}. */
  void write(String nodePath, byte[] content, int mode);

  /**
   * Copies {@code nodePath} out of the node into the directory {@code hostDirectory}; entries whose
   * paths would escape it, directly or through symbolic links, are refused, and symbolic links
   * leading out of it are not created.
   */
  void copyOut(String nodePath, Path hostDirectory);
}
