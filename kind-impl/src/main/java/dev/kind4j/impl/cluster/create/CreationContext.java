package dev.kind4j.impl.cluster.create;

import dev.kind4j.NodeRole;
import dev.kind4j.Snapshot;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.impl.cluster.kubeadm.KubeadmInput;
import dev.kind4j.impl.cluster.network.PodNetwork;
import dev.kind4j.impl.image.node.NodeImageManifest;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.session.SessionReaper;
import dev.kind4j.spi.ClusterRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the create steps share: the validated config, the plan made before any node started, the engine, and what
 * earlier steps found out. Each field is written by one step and read by later ones.
 */
final class CreationContext {

  final ClusterRequest request;
  final ClusterConfig config;
  final String name;
  final Provider engine;
  final Progress progress;
  final ClusterPlan plan;
  /** This create's ID, which every node container it makes carries, so that a failure removes only those. */
  final String createId = UUID.randomUUID().toString();
  /** The started nodes, in plan order. Written by "Preparing nodes". */
  final List<NodeContainer> nodes = new ArrayList<>();
  /** Each node's address for Kubernetes, by node name. Written by "Preparing nodes". */
  final Map<String, String> nodeIps = new HashMap<>();
  /** kind4j's own pod network, when the image has no CNI manifest. Written by "Preparing nodes". */
  Optional<PodNetwork> podNetwork = Optional.empty();
  /** Each node's kubeadm input, by node name. Written by "Writing configuration". */
  final Map<String, KubeadmInput> kubeadmInputs = new ConcurrentHashMap<>();
  Optional<NodeImageManifest> manifest = Optional.empty();
  /** The cluster's DNS add-on. Written by "Writing configuration". */
  ClusterDns dns = ClusterDns.NONE;
  String adminKubeconfig;
  /** The warm-start snapshot key, when the request asks for warm starts. Written before the steps run. */
  Optional<String> snapshotKey = Optional.empty();
  /** The snapshot the nodes start from, when one matches the key. Written before the steps run. */
  Optional<Snapshot> snapshot = Optional.empty();
  /** When the nodes last started on bootstrapped state. Written by the steps that start or restart them. */
  Instant started;

  CreationContext(ClusterRequest request, ClusterConfig config, Provider engine, Progress progress,
      ClusterPlan plan) {
    this.request = request;
    this.config = config;
    this.name = config.name();
    this.engine = engine;
    this.progress = progress;
    this.plan = plan;
  }

  /**
   * The labels of this create's node containers: its ID, and unless the cluster is to outlive the JVM, the session
   * label that has the reaper remove them when the JVM ends.
   */
  Map<String, String> nodeLabels() {
    Map<String, String> labels = new HashMap<>(Map.of(Labels.CREATE, createId));
    if (!request.outliveJvm() && !request.retainOnFailure()) {
      labels.putAll(SessionReaper.labelsFor(engine, plan.nodes().get(0).image()));
    }
    return labels;
  }

  NodeContainer bootstrapControlPlane() {
    return nodes.get(0);
  }

  List<NodeContainer> workers() {
    return nodes.stream().filter(n -> n.role() == NodeRole.WORKER).toList();
  }

  /** The node's name in Kubernetes. */
  String nodeName(NodeContainer node) {
    return plan.node(node.name()).nodeName();
  }

  List<NodeContainer> controlPlanes() {
    return nodes.stream().filter(n -> n.role() == NodeRole.CONTROL_PLANE).toList();
  }
}
