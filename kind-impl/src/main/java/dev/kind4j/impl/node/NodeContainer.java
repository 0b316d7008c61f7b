package dev.kind4j.impl.node;

import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.Node;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.provider.ContainerState;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A node backed by a container: commands run through the engine's exec, files go by archive copy. */
public final class NodeContainer implements Node {

  /** Where standard input waits for its command; not a tmpfs, which the engine's copy cannot write to. */
  private static final String STDIN_DIRECTORY = "/kind/stdin";
  /** Opens the file {@code $0} as standard input, deletes it, then becomes the command {@code "$@"}. */
  private static final String STDIN_FROM_FILE = "exec <\"$0\" && rm -f \"$0\" && exec \"$@\"";

  private final Provider engine;
  private final String name;
  private final NodeRole role;

  public NodeContainer(Provider engine, String name, NodeRole role) {
    this.engine = engine;
    this.name = name;
    this.role = role;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public NodeRole role() {
    return role;
  }

  /** Runs a command and waits up to {@code timeout} for it; a non-zero exit is not an error here. */
  public ExecResult exec(Duration timeout, List<String> command) {
    return engine.exec(name, command, timeout);
  }

  /**
   * Runs a command that reads {@code stdin} and ends by itself at the end of its input's content (see {@link
   * dev.kind4j.impl.provider.ContainerCommands#execReading}); a non-zero exit is not an error here.
   */
  public ExecResult execReading(Duration timeout, List<String> command, InputStream stdin) {
    return engine.execReading(name, command, stdin, timeout);
  }

  /**
   * {@inheritDoc} The engine cannot end a command's standard input, so given bytes go into a file in the node first,
   * which a shell opens as the command's standard input and deletes before it becomes the command.
   */
  @Override
  public ExecResult tryExec(ExecRequest request) {
    if (request.stdin().isEmpty()) {
      return engine.exec(name, request.command(), request.env(), request.timeout());
    }
    String file = STDIN_DIRECTORY + "/" + UUID.randomUUID();
    write(file, request.stdin().get(), 0600);
    List<String> command = new ArrayList<>(List.of("sh", "-c", STDIN_FROM_FILE, file));
    command.addAll(request.command());
    ExecResult result = engine.exec(name, command, request.env(), request.timeout());
    return new ExecResult(request.command(), result.exitCode(), result.stdout(), result.stderr());
  }

  @Override
  public String ip() {
    return address(false);
  }

  /** The node's IPv6 address on the engine network it was started on, which must have IPv6 on. */
  public String ipv6() {
    return address(true);
  }

  private String address(boolean ipv6) {
    ContainerState container = engine.inspect(name);
    String network = container.network();
    String address = (ipv6 ? container.ipv6Addresses() : container.addresses()).get(network);
    if (address == null || address.isBlank()) {
      throw new KindException("node " + name + " has no " + (ipv6 ? "IPv6 " : "") + "address on the " + network
          + " network");
    }
    return address;
  }

  /** The engine network the node was started on. */
  public String network() {
    return engine.inspect(name).network();
  }

  @Override
  public void copyIn(Path hostPath, String nodePath) {
    NodePath target = NodePath.of(nodePath);
    exec("mkdir", "-p", target.parent());
    try (InputStream archive = Tar.streamOf(hostPath, target.fileName())) {
      engine.copyIn(name, archive, target.parent());
    } catch (IOException e) {
      throw new UncheckedIOException("copying " + hostPath + " into " + name + ":" + nodePath, e);
    }
  }

  @Override
  public void write(String nodePath, byte[] content, int mode) {
    NodePath target = NodePath.of(nodePath);
    exec("mkdir", "-p", target.parent());
    engine.copyIn(name, new ByteArrayInputStream(Tar.ofFile(target.fileName(), content, mode)), target.parent());
  }

  /**
   * Writes several files in one copy, keyed by absolute path; missing directories are created. Same rules as
   * {@link #write}.
   */
  public void writeAll(Map<String, Tar.Entry> files) {
    Map<String, Tar.Entry> relative = new LinkedHashMap<>();
    files.forEach((path, entry) -> relative.put(NodePath.of(path).relative(), entry));
    engine.copyIn(name, new ByteArrayInputStream(Tar.of(relative)), "/");
  }

  /** Enables and starts a systemd unit; fails with the unit's recent log if it does not start. */
  public void enableNow(String unit) {
    ExecResult started = exec(Duration.ofMinutes(1), List.of("systemctl", "enable", "--now", unit));
    if (!started.succeeded()) {
      throw unitProblem(unit, "did not start (" + started.stderr().strip() + ")");
    }
  }

  /** Fails with the unit's recent log unless the systemd unit is active. */
  public void requireActive(String unit) {
    if (!exec(Duration.ofSeconds(30), List.of("systemctl", "is-active", "--quiet", unit)).succeeded()) {
      throw unitProblem(unit, "is not running");
    }
  }

  private KindException unitProblem(String unit, String what) {
    String log = exec(Duration.ofSeconds(30), List.of("journalctl", "--no-pager", "-n", "20", "-u", unit)).stdout();
    return new KindException(unit + " " + what + " on node " + name + "; its log:\n" + log);
  }

  @Override
  public void copyOut(String nodePath, Path hostDirectory) {
    try (InputStream archive = engine.copyOut(name, nodePath)) {
      Tar.extract(archive, hostDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("copying " + name + ":" + nodePath + " to " + hostDirectory, e);
    }
  }

  @Override
  public String toString() {
    return name + " (" + role.label() + ")";
  }

  /** An absolute path in a node, split into directory and file name. */
  private record NodePath(String parent, String fileName) {
    static NodePath of(String path) {
      if (!path.startsWith("/") || path.endsWith("/") || path.contains("/../") || path.endsWith("/..")) {
        throw new IllegalArgumentException("nodePath: '" + path + "' must be an absolute path to a file, such as /kind/images/app.tar");
      }
      if (path.startsWith("/tmp/") || path.startsWith("/run/")) {
        // the engine's copy writes beneath a node's tmpfs mounts, where the node cannot see it
        throw new IllegalArgumentException("nodePath: '" + path + "' is on a tmpfs the engine cannot copy into; "
            + "use a path under /kind or /var, such as /kind/images/app.tar");
      }
      int slash = path.lastIndexOf('/');
      return new NodePath(slash == 0 ? "/" : path.substring(0, slash), path.substring(slash + 1));
    }

    /** The path without its leading slash, as an archive extracted at {@code /} names it. */
    String relative() {
      return (parent.equals("/") ? "" : parent.substring(1) + "/") + fileName;
    }
  }
}
