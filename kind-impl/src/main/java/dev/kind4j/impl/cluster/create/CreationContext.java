package dev.kind4j.impl.cluster.create;

import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.image.node.NodeImageManifest;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.spi.ClusterRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the create steps share: the validated config, the engine, and what earlier steps found out. */
final class CreationContext {

  final ClusterRequest request;
  final ClusterConfig config;
  final String name;
  final DockerEngine engine;
  final Progress progress;
  final List<PlannedNode> plan;
  final List<NodeContainer> nodes = new ArrayList<>();
  String kubernetesVersion;
  Optional<NodeImageManifest> manifest = Optional.empty();
  String adminKubeconfig;
  int apiServerPort;
  boolean kind4jPodNetwork;

  CreationContext(ClusterRequest request, ClusterConfig config, DockerEngine engine, Progress progress,
      List<PlannedNode> plan) {
    this.request = request;
    this.config = config;
    this.name = config.name();
    this.engine = engine;
    this.progress = progress;
    this.plan = List.copyOf(plan);
  }

  NodeContainer bootstrapControlPlane() {
    return nodes.get(0);
  }

  List<NodeContainer> workers() {
    return nodes.stream().filter(n -> n.role() == NodeRole.WORKER).toList();
  }

  PlannedNode planOf(NodeContainer node) {
    return plan.stream().filter(p -> p.name().equals(node.name())).findFirst().orElseThrow();
  }
}
