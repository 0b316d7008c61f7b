package dev.kind4j.impl.cluster.create;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.Networking;
import dev.kind4j.config.PatchJson6902;
import dev.kind4j.impl.cluster.containerd.ContainerdConfig;
import dev.kind4j.impl.cluster.kubeadm.ImageOverride;
import dev.kind4j.impl.cluster.kubeadm.Json6902Patch;
import dev.kind4j.impl.cluster.kubeadm.KubeadmConfig;
import dev.kind4j.impl.cluster.kubeadm.KubeadmInput;
import dev.kind4j.impl.cluster.kubeadm.KubeadmInputBuilder;
import dev.kind4j.impl.cluster.kubeadm.KubeadmPatches;
import dev.kind4j.impl.cluster.loadbalancer.LoadBalancer;
import dev.kind4j.impl.image.node.NodeImageManifest;
import dev.kind4j.impl.node.DockerInfoResponder;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.util.HostPort;
import dev.kind4j.impl.util.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the node image holds and writes each node's kubeadm configuration to {@value #PATH}; then, when the
 * config has containerd patches, patches each node's containerd config and restarts containerd, as kind does before
 * kubeadm runs.
 */
final class WriteConfiguration implements CreateStep {

  /** Where a node's kubeadm configuration goes, as in kind. */
  static final String PATH = "/kind/kubeadm.conf";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String title(CreationContext context) {
    return "Writing configuration 📜";
  }

  @Override
  public void run(CreationContext context) {
    NodeContainer first = context.bootstrapControlPlane();
    String kubernetesVersion = first.exec("cat", "/kind/version").stdout().strip();
    context.manifest = readManifest(first);
    context.dns = ClusterDns.of(context.manifest);
    if (context.dns == ClusterDns.NONE) {
      context.progress.warn(context.dns.describe(context.manifest));
    } else {
      context.progress.info(context.dns.describe(context.manifest));
    }
    // Several control planes are reached through their load balancer, by its container name. One is reached, on
    // kind4j's pod network, at its fixed address, which no engine hands out; otherwise at its container name, as in
    // kind.
    String host = context.plan.loadBalanced() ? LoadBalancer.name(context.name)
        : context.podNetwork.map(network -> network.node(first.name()).primaryIp()).orElse(first.name());
    String endpoint = HostPort.of(host, NodeSpec.API_SERVER_CONTAINER_PORT);
    Optional<String> certificateKey = context.plan.loadBalanced() ? Optional.of(certificateKey()) : Optional.empty();
    Parallel.forEach(context.nodes, node -> {
      KubeadmInput input = input(context, node, kubernetesVersion, endpoint, certificateKey);
      String rendered = KubeadmConfig.render(input);
      rendered = KubeadmPatches.apply(rendered, context.config.kubeadmConfigPatches(),
          jsonPatches(context.config.kubeadmConfigPatchesJSON6902()));
      PlannedNode planned = context.plan.node(node.name());
      rendered = KubeadmPatches.apply(rendered, planned.config().kubeadmConfigPatches(),
          jsonPatches(planned.config().kubeadmConfigPatchesJSON6902()));
      node.write(PATH, rendered.getBytes(StandardCharsets.UTF_8), 0600);
      context.kubeadmInputs.put(node.name(), input);
    });
    ClusterConfig config = context.config;
    if (!config.containerdConfigPatches().isEmpty() || !config.containerdConfigPatchesJSON6902().isEmpty()) {
      Parallel.forEach(context.nodes, node -> patchContainerd(node, config));
    }
  }

  private static void patchContainerd(NodeContainer node, ClusterConfig config) {
    String current = node.exec("cat", ContainerdConfig.PATH).stdout();
    String patched = ContainerdConfig.patch(current, config.containerdConfigPatches(),
        config.containerdConfigPatchesJSON6902());
    node.write(ContainerdConfig.PATH, patched.getBytes(StandardCharsets.UTF_8), 0644);
    node.exec("systemctl", "restart", "containerd");
  }

  /** A fresh key for the certificates the first control plane shares with the others, as kubeadm makes one. */
  private static String certificateKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  private static KubeadmInput input(CreationContext context, NodeContainer node, String kubernetesVersion,
      String endpoint, Optional<String> certificateKey) {
    ClusterConfig config = context.config;
    Networking networking = config.networking();
    KubeadmInputBuilder builder = KubeadmInput.builder()
        .kubernetesVersion(kubernetesVersion)
        .clusterName(context.name)
        .node(context.nodeName(node), node.role(), context.nodeIps.get(node.name()))
        .controlPlaneEndpoint(endpoint)
        .certSans("127.0.0.1", networking.apiServerAddress(), context.bootstrapControlPlane().name())
        .podSubnet(networking.podSubnet())
        .serviceSubnet(networking.serviceSubnet())
        .ipFamily(networking.ipFamily())
        .kubeProxyMode(networking.kubeProxyMode())
        .featureGates(config.featureGates())
        .runtimeConfig(config.runtimeConfig())
        .nodeLabels(context.plan.node(node.name()).config().labels())
        .allocateNodeCidrs(context.podNetwork.isEmpty())
        .controlPlaneTaint(!context.workers().isEmpty())
        .leaderElection(context.controlPlanes().size() > 1)
        .cadvisorDockerEndpoint(DockerInfoResponder.ENDPOINT);
    if (context.plan.loadBalanced()) {
      builder.certSans(LoadBalancer.name(context.name));
    }
    if (node.role() == NodeRole.CONTROL_PLANE) {
      certificateKey.ifPresent(key -> builder.certificateKey(key)
          .joinsControlPlane(!node.name().equals(context.bootstrapControlPlane().name())));
    }
    context.engine.remoteHost().ifPresent(builder::certSans);
    context.manifest.ifPresent(manifest -> {
      if (manifest.etcdImage() != null) {
        builder.etcdImage(new ImageOverride(manifest.etcdImage().repository(), manifest.etcdImage().tag()));
      }
      if (!manifest.dns()) {
        builder.skipInitPhases("addon/coredns");
      }
    });
    return builder.build();
  }

  private static Optional<NodeImageManifest> readManifest(NodeContainer node) {
    var result = node.exec(Duration.ofSeconds(30), List.of("cat", NodeImageManifest.PATH));
    if (!result.succeeded()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(result.stdout(), NodeImageManifest.class));
    } catch (IOException e) {
      throw new UncheckedIOException("the node image's " + NodeImageManifest.PATH + " is not valid", e);
    }
  }

  private static List<Json6902Patch> jsonPatches(List<PatchJson6902> patches) {
    List<Json6902Patch> converted = new ArrayList<>();
    for (PatchJson6902 patch : patches) {
      converted.add(new Json6902Patch(patch.group(), patch.version(), patch.kind(), patch.patch()));
    }
    return converted;
  }
}
