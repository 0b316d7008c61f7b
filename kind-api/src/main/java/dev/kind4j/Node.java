package dev.kind4j;

import java.nio.file.Path;

/**
 * A cluster node: a container that runs systemd, containerd and kubelet. As in kind, work inside a
 * node is done by running commands with argument arrays; files go in and out by copy. The {@code exec} methods throw
 * unless the command exits with 0; the {@code tryExec} methods return its result whatever its exit code.
 */
public interface Node {

  /** The container's name, which is also the node's hostname, such as {@code kind-control-plane}. */
  String name();

  /** The node's role in its cluster. */
  NodeRole role();

  /** The node's address on its cluster's engine network (see {@link Cluster#network()}), such as {@code 172.18.0.2}. */
  String ip();

  /**
   * Runs a command and returns its result whatever its exit code; throws only when it cannot run or outlives its
   * time limit.
   */
  ExecResult tryExec(ExecRequest request);

  /** {@link #tryExec(ExecRequest)} with {@link ExecRequest#of(String...)}: never throws for a non-zero exit. */
  default ExecResult tryExec(String... command) {
    return tryExec(ExecRequest.of(command));
  }

  /** Runs a command and throws a {@link KindException}, with its exit code and output, unless it exits with 0. */
  default ExecResult exec(ExecRequest request) {
    return tryExec(request).orThrow();
  }

  /** Runs a command with a five-minute limit and throws unless it exits with 0. */
  default ExecResult exec(String... command) {
    return exec(ExecRequest.of(command));
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
