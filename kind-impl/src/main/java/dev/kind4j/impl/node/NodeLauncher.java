package dev.kind4j.impl.node;

import dev.kind4j.KindException;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.NameInUseException;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Parallel;
import dev.kind4j.impl.util.Pause;
import dev.kind4j.impl.util.Tar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Starts node containers with kind's names, labels and run options, and waits until systemd in
 * them is up.
 */
public final class NodeLauncher {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);

  private final Provider engine;

  public NodeLauncher(Provider engine) {
    this.engine = engine;
  }

  /** Creates and starts the node container; it is removed again if it fails to boot. */
  public NodeContainer start(NodeSpec spec) {
    return boot(create(spec), Map.of());
  }

  /**
   * Starts a cluster's nodes: creates the first one's container alone, so its name claims the cluster against a
   * concurrent create of the same name before anything else exists, then the others' at once, then writes each
   * node's files and boots all at once. Returns when every task has ended; on failure the caller removes what was
   * created, by its labels.
   */
  public List<NodeContainer> startAll(List<NodeSpec> specs, Function<NodeSpec, Map<String, Tar.Entry>> files) {
    List<CreatedNode> created = new ArrayList<>();
    created.add(create(specs.get(0)));
    created.addAll(Parallel.map(specs.subList(1, specs.size()), this::create));
    return Parallel.map(IntStream.range(0, specs.size()).boxed().toList(),
        i -> boot(created.get(i), files.apply(specs.get(i))));
  }

  /**
   * Creates the node container without starting it. Container names are unique in the engine, so of two creates
   * of one node name exactly one succeeds: the other fails here with an error that names the conflict.
   */
  public CreatedNode create(NodeSpec spec) {
    engine.ensureNetwork(spec.network(), Map.of());
    NodePrivileges privileges = PrivilegeProbe.privilegesFor(engine, spec.image());
    ContainerSpec.Builder container = ContainerSpec.builder(spec.image())
        .name(spec.name())
        .hostname(spec.hostname())
        .label(Labels.CLUSTER, spec.cluster())
        .label(Labels.ROLE, spec.role().label())
        .network(spec.network())
        .apply(privileges::applyTo)
        // systemd as PID 1 on a terminal, in a cgroup namespace of its own; a node that fails once is restarted
        .tty()
        .privateCgroupNamespace()
        .noInit()
        .restartOnFailure(1)
        .tmpfs("/tmp")
        .tmpfs("/run")
        .anonymousVolume("/var");
    spec.labels().forEach(container::label);
    spec.extraMounts().forEach(container::mount);
    container.dnsSearch(spec.dnsSearch());
    spec.extraPorts().forEach(container::publish);
    if (spec.ipv6()) {
      // the node's own network namespace, as kind's nodes: nothing outside the node changes
      container.sysctl("net.ipv6.conf.all.disable_ipv6", "0").sysctl("net.ipv6.conf.all.forwarding", "1");
    }
    // only a local engine's host can be looked at: a remote engine's node goes without, as it does here when absent
    if (engine.remoteHost().isEmpty() && Files.isDirectory(Path.of("/lib/modules"))) {
      container.mount("/lib/modules", "/lib/modules", true);
    }
    if (spec.role() == NodeRole.CONTROL_PLANE) {
      container.publish(new ContainerSpec.PortBinding(spec.apiServerAddress(), spec.apiServerPort(),
          NodeSpec.API_SERVER_CONTAINER_PORT, "tcp"));
      container.env("KUBECONFIG", "/etc/kubernetes/admin.conf");
    }
    try {
      return new CreatedNode(engine.create(container.build()), new NodeContainer(engine, spec.name(), spec.role()));
    } catch (NameInUseException e) {
      throw new NameTakenException("name: a container named " + spec.name() + " already exists, so cluster \""
          + spec.cluster() + "\" exists or another create of it is running; delete it with Kind.clusters().delete(\""
          + spec.cluster() + "\") or choose another name", e);
    }
  }

  /**
   * Writes {@code files} (keyed by absolute path) into a created node, starts it and waits for systemd; the
   * container is removed again if it fails to boot.
   */
  public NodeContainer boot(CreatedNode created, Map<String, Tar.Entry> files) {
    NodeContainer node = created.node();
    try {
      if (!files.isEmpty()) {
        node.writeAll(files);
      }
      engine.start(created.id());
      awaitSystemd(node, created.id());
      return node;
    } catch (RuntimeException e) {
      try {
        engine.remove(created.id());
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** A node container that exists but has not started yet. */
  public record CreatedNode(String id, NodeContainer node) {}

  /** Waits until systemd reports {@code running} or {@code degraded}; returns that state. */
  private String awaitSystemd(NodeContainer node, String id) {
    long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
    String state = "";
    while (System.nanoTime() < deadline) {
      if (!engine.inspect(id).running()) {
        throw new KindException("node " + node.name() + " stopped while booting; its output:\n" + outputTail(id));
      }
      state = node.exec(Duration.ofSeconds(30), List.of("systemctl", "is-system-running")).stdout().strip();
      if (state.equals("running") || state.equals("degraded")) {
        return state;
      }
      Pause.between(Duration.ofMillis(250), "waiting for a node to boot");
    }
    throw new KindException("node " + node.name() + " did not finish booting within " + BOOT_TIMEOUT.toMinutes()
        + " min (systemd state '" + state + "'); its output:\n" + outputTail(id));
  }

  /** The end of the node's output, or why it could not be read: never an error that would hide the boot failure. */
  private String outputTail(String id) {
    try {
      return tail(engine.logs(id));
    } catch (RuntimeException e) {
      return "(its output could not be read: " + e.getMessage() + ")";
    }
  }

  private static String tail(String text) {
    return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
  }
}
