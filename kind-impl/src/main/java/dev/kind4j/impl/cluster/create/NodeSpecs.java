package dev.kind4j.impl.cluster.create;

import dev.kind4j.config.IpFamily;
import dev.kind4j.config.Mount;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.node.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The container a planned node runs in, whether it boots to be bootstrapped or from a snapshot. */
final class NodeSpecs {

  /** The engine network kind's clusters share, unless one is asked for. */
  static final String NETWORK = "kind";

  private NodeSpecs() {}

  /**
   * The container of {@code planned}, with {@code labels} besides kind's. Behind a load balancer, which publishes the
   * configured API server port, control planes publish theirs on ports the engine picks.
   */
  static NodeSpec of(CreationContext context, PlannedNode planned, Map<String, String> labels) {
    int apiServerPort = context.plan.loadBalanced() ? 0 : context.plan.apiServerPort();
    return new NodeSpec(context.name, planned.name(), planned.config().role(), planned.image(), context.plan.network(),
        context.config.networking().apiServerAddress(), apiServerPort, labels, mounts(planned),
        planned.ports(), dnsSearch(context), planned.nodeName(),
        context.config.networking().ipFamily() != IpFamily.IPV4);
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
}
