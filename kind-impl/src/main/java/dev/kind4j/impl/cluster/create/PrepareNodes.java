package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.config.Mount;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.config.PortMapping;
import dev.kind4j.impl.engine.ContainerSpec;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeLauncher;
import dev.kind4j.impl.node.NodeSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Starts every node container at once and waits until systemd runs in each. */
final class PrepareNodes implements CreateStep {

  /** The engine network kind's clusters share. */
  static final String NETWORK = "kind";

  @Override
  public String title(CreationContext context) {
    return "Preparing nodes " + "📦 ".repeat(context.plan.size()).strip();
  }

  @Override
  public void run(CreationContext context) {
    NodeLauncher launcher = new NodeLauncher(context.engine);
    String apiAddress = context.config.networking().apiServerAddress();
    int apiPort = Math.max(0, context.config.networking().apiServerPort());
    List<CompletableFuture<NodeContainer>> starts = new ArrayList<>();
    for (PlannedNode planned : context.plan) {
      NodeSpec spec = new NodeSpec(context.name, planned.name(), planned.config().role(), planned.image(), NETWORK,
          apiAddress, apiPort, Map.of(), mounts(planned), ports(planned), dnsSearch(context));
      starts.add(CompletableFuture.supplyAsync(() -> importEmbeddedImages(launcher.start(spec))));
    }
    try {
      starts.forEach(start -> context.nodes.add(start.join()));
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new KindException("starting nodes failed", e);
    }
    NodeContainer controlPlane = context.bootstrapControlPlane();
    context.apiServerPort = context.engine.publishedPort(controlPlane.name(), NodeSpec.API_SERVER_CONTAINER_PORT, "tcp").port();
  }

  /**
   * Imports image archives a derived node image carries in {@code /kind} (the seed's
   * {@code COPY my-image.tar /kind}), so pods can use them as if they had been preloaded.
   */
  private static NodeContainer importEmbeddedImages(NodeContainer node) {
    String found = node.exec("find", "/kind", "-maxdepth", "2", "-name", "*.tar", "-type", "f").stdout();
    for (String archive : found.lines().filter(line -> !line.isBlank()).toList()) {
      node.exec(Duration.ofMinutes(10), List.of("ctr", "--namespace=k8s.io", "images", "import",
          "--all-platforms", archive)).orThrow();
    }
    return node;
  }

  private static List<ContainerSpec.Mount> mounts(PlannedNode planned) {
    List<ContainerSpec.Mount> mounts = new ArrayList<>();
    for (Mount mount : planned.config().extraMounts()) {
      mounts.add(new ContainerSpec.Mount(mount.hostPath(), mount.containerPath(), mount.readOnly(),
          mount.propagation() == null ? MountPropagation.NONE : mount.propagation(), mount.selinuxRelabel()));
    }
    return mounts;
  }

  /** {@code networking.dnsSearch}: unset keeps the engine's, an empty list clears them as kind does. */
  private static List<String> dnsSearch(CreationContext context) {
    List<String> domains = context.config.networking().dnsSearch();
    return domains == null ? List.of() : domains.isEmpty() ? List.of(".") : domains;
  }

  private static List<ContainerSpec.PortBinding> ports(PlannedNode planned) {
    List<ContainerSpec.PortBinding> ports = new ArrayList<>();
    for (PortMapping port : planned.config().extraPortMappings()) {
      ports.add(new ContainerSpec.PortBinding(port.listenAddress(), Math.max(0, port.hostPort()), port.containerPort(),
          port.protocol().name().toLowerCase(Locale.ROOT)));
    }
    return ports;
  }
}
