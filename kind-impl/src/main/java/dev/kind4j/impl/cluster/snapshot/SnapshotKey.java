package dev.kind4j.impl.cluster.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import java.util.List;

/**
 * What a snapshot is made from, hashed: the node images' IDs in node order, the validated config without its name
 * (a warm cluster gets its own), and kind4j itself (its version, and the files and templates it puts into nodes).
 * Any change gives another key, so a snapshot whose inputs changed is never used.
 */
public final class SnapshotKey {

  /** The layout of snapshot images; raise it when {@link SnapshotTaker} saves nodes differently. */
  private static final String FORMAT = "2";
  private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final List<String> NODE_FILES = List.of(
      "/dev/kind4j/impl/cluster/network/kind4j-network", "/dev/kind4j/impl/cluster/network/kind4j-network.service",
      "/dev/kind4j/impl/node/kind4j-docker-info", "/dev/kind4j/impl/node/kind4j-docker-info.socket",
      "/dev/kind4j/impl/node/kind4j-docker-info@.service",
      "/dev/kind4j/impl/cluster/kubeadm/cluster-configuration.yaml",
      "/dev/kind4j/impl/cluster/kubeadm/init-configuration.yaml",
      "/dev/kind4j/impl/cluster/kubeadm/join-configuration.yaml",
      "/dev/kind4j/impl/cluster/kubeadm/kube-proxy-configuration.yaml",
      "/dev/kind4j/impl/cluster/kubeadm/kubelet-configuration.yaml");

  private SnapshotKey() {}

  /**
   * @param config the defaulted, validated config
   * @param imageIds the node images' IDs, control planes first
   * @return 16 hex digits
   */
  public static String of(ClusterConfig config, List<String> imageIds) {
    Hashing hash = Hashing.sha256();
    try {
      hash.put("config", JSON.writeValueAsString(new ClusterConfig(null, config.nodes(), config.networking(),
          config.featureGates(), config.runtimeConfig(), config.kubeadmConfigPatches(),
          config.kubeadmConfigPatchesJSON6902(), config.containerdConfigPatches(),
          config.containerdConfigPatchesJSON6902())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a cluster config always serializes", e);
    }
    imageIds.forEach(id -> hash.put("image", id));
    hash.put("kind4j", version());
    hash.put("format", FORMAT);
    NODE_FILES.forEach(file -> hash.put(file, Resources.bytes(file)));
    return hash.hex().substring(0, 16);
  }

  private static String version() {
    String version = SnapshotKey.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
