package dev.kind4j.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cluster as kind's {@code kind.x-k8s.io/v1alpha4} {@code Cluster} config describes it. Unset values are
 * {@code null} (or 0, false, empty) and take kind's defaults when the cluster is created. Collections are copied;
 * {@code null} stands for empty.
 *
 * <pre>{@code
 * ClusterConfig config = ClusterConfig.builder().name("dev").controlPlane().workers(2).build();
 * }</pre>
 *
 * @param name the cluster's name, or {@code null} for {@code kind}; the {@code KIND_CLUSTER_NAME} environment
 *     variable overrides it
 * @param nodes the nodes; none means a single control-plane node
 * @param networking cluster-wide network settings; {@code null} means {@link Networking#UNSET}
 * @param featureGates Kubernetes feature gates to turn on or off in every component
 * @param runtimeConfig the API server's {@code --runtime-config} entries, such as {@code api/alpha: "true"}
 * @param kubeadmConfigPatches merge patches for every node's kubeadm config, each a YAML document with a {@code kind}
 * @param kubeadmConfigPatchesJSON6902 JSON patches for every node's kubeadm config
 * @param containerdConfigPatches TOML merge patches for every node's containerd config
 * @param containerdConfigPatchesJSON6902 JSON patches, as YAML or JSON, for every node's containerd config
 */
public record ClusterConfig(
    String name,
    List<NodeConfig> nodes,
    Networking networking,
    Map<String, Boolean> featureGates,
    Map<String, String> runtimeConfig,
    List<String> kubeadmConfigPatches,
    List<PatchJson6902> kubeadmConfigPatchesJSON6902,
    List<String> containerdConfigPatches,
    List<String> containerdConfigPatchesJSON6902) {

  public ClusterConfig {
    nodes = Copies.list("nodes", nodes);
    networking = networking == null ? Networking.UNSET : networking;
    featureGates = Copies.map("featureGates", featureGates);
    runtimeConfig = Copies.map("runtimeConfig", runtimeConfig);
    kubeadmConfigPatches = Copies.list("kubeadmConfigPatches", kubeadmConfigPatches);
    kubeadmConfigPatchesJSON6902 = Copies.list("kubeadmConfigPatchesJSON6902", kubeadmConfigPatchesJSON6902);
    containerdConfigPatches = Copies.list("containerdConfigPatches", containerdConfigPatches);
    containerdConfigPatchesJSON6902 = Copies.list("containerdConfigPatchesJSON6902", containerdConfigPatchesJSON6902);
  }

  /** This config with its nodes replaced. */
  public ClusterConfig withNodes(List<NodeConfig> replacement) {
    return new ClusterConfig(name, replacement, networking, featureGates, runtimeConfig, kubeadmConfigPatches,
        kubeadmConfigPatchesJSON6902, containerdConfigPatches, containerdConfigPatchesJSON6902);
  }

  /** Starts a config with nothing set; nodes are added in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterConfig}. Not thread-safe; {@link #build()} copies, so the builder may be reused. */
  public static final class Builder {

    private String name;
    private final List<NodeConfig> nodes = new ArrayList<>();
    private Networking networking = Networking.UNSET;
    private final Map<String, Boolean> featureGates = new LinkedHashMap<>();
    private final Map<String, String> runtimeConfig = new LinkedHashMap<>();
    private final List<String> kubeadmConfigPatches = new ArrayList<>();
    private final List<String> containerdConfigPatches = new ArrayList<>();

    private Builder() {}

    /** The cluster's name, such as {@code dev}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Adds {@code node}. */
    public Builder node(NodeConfig node) {
      nodes.add(Objects.requireNonNull(node, "node"));
      return this;
    }

    /** Adds a control-plane node. */
    public Builder controlPlane() {
      return node(NodeConfig.controlPlane());
    }

    /** Adds {@code count} worker nodes. */
    public Builder workers(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("workers: " + count + " is negative; give the number of workers to add");
      }
      for (int i = 0; i < count; i++) {
        node(NodeConfig.worker());
      }
      return this;
    }

    /** The cluster-wide network settings, such as {@code Networking.UNSET.withIpFamily(IpFamily.DUAL)}. */
    public Builder networking(Networking networking) {
      this.networking = Objects.requireNonNull(networking, "networking");
      return this;
    }

    /** Turns the Kubernetes feature gate {@code gate} on or off. */
    public Builder featureGate(String gate, boolean enabled) {
      featureGates.put(Objects.requireNonNull(gate, "gate"), enabled);
      return this;
    }

    /** Sets the API server's {@code --runtime-config} entry {@code key=value}, such as {@code api/alpha=true}. */
    public Builder runtimeConfig(String key, String value) {
      runtimeConfig.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds a kubeadm merge patch for every node: a YAML document with a {@code kind}. */
    public Builder kubeadmConfigPatch(String yaml) {
      kubeadmConfigPatches.add(Objects.requireNonNull(yaml, "yaml"));
      return this;
    }

    /** Adds a TOML merge patch for every node's containerd config. */
    public Builder containerdConfigPatch(String toml) {
      containerdConfigPatches.add(Objects.requireNonNull(toml, "toml"));
      return this;
    }

    /** The config as set so far. */
    public ClusterConfig build() {
      return new ClusterConfig(name, nodes, networking, featureGates, runtimeConfig, kubeadmConfigPatches, null,
          containerdConfigPatches, null);
    }
  }
}
