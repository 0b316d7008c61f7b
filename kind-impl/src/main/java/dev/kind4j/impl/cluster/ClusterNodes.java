package dev.kind4j.impl.cluster;

import dev.kind4j.NodeRole;
import dev.kind4j.impl.cluster.loadbalancer.LoadBalancer;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.ContainerSummary;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Parallel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster's node containers, found by kind's labels: no state is kept anywhere else. The load balancer in front of
 * several control planes carries the cluster's label too, but is no node.
 */
public final class ClusterNodes {

  private ClusterNodes() {}

  /** The cluster's nodes, control planes first, then by name. */
  public static List<NodeContainer> of(Provider engine, String cluster) {
    return engine.containersWithLabels(Map.of(Labels.CLUSTER, cluster)).stream()
        .filter(c -> c.labels().containsKey(Labels.ROLE))
        .filter(c -> !LoadBalancer.ROLE.equals(c.labels().get(Labels.ROLE)))
        .map(c -> new NodeContainer(engine, c.name(), NodeRole.fromLabel(c.labels().get(Labels.ROLE))))
        .sorted(Comparator.comparing((NodeContainer n) -> n.role() != NodeRole.CONTROL_PLANE).thenComparing(NodeContainer::name))
        .toList();
  }

  /** The container name of the cluster's load balancer, if it has several control planes behind one. */
  public static Optional<String> loadBalancer(Provider engine, String cluster) {
    return engine.containersWithLabels(Map.of(Labels.CLUSTER, cluster, Labels.ROLE, LoadBalancer.ROLE)).stream()
        .map(ContainerSummary::name).findFirst();
  }

  /** Removes the containers one create made, with their volumes, and nothing else; returns how many there were. */
  public static int removeCreatedBy(Provider engine, String createId) {
    return removeLabelled(engine, Map.of(Labels.CREATE, createId));
  }

  /** Removes every container of the cluster, with their volumes; returns how many there were. */
  public static int remove(Provider engine, String cluster) {
    return removeLabelled(engine, Map.of(Labels.CLUSTER, cluster));
  }

  private static int removeLabelled(Provider engine, Map<String, String> labels) {
    var containers = engine.containersWithLabels(labels);
    Parallel.forEach(containers, c -> engine.remove(c.id()));
    return containers.size();
  }
}
