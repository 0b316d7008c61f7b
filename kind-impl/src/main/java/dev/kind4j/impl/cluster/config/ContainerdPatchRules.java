package dev.kind4j.impl.cluster.config;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.impl.cluster.containerd.ContainerdConfig;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks {@code containerdConfigPatches} (each TOML) and {@code containerdConfigPatchesJSON6902} (each one list of
 * JSON patch operations, as YAML or JSON) before any node starts; whether a JSON patch fits the node's config is
 * known only once it is applied.
 */
final class ContainerdPatchRules {

  private ContainerdPatchRules() {}

  static void check(ClusterConfig config, Problems problems) {
    check("containerdConfigPatches", config.containerdConfigPatches(), ContainerdConfig::checkMergePatch,
        "write it as TOML, such as '[plugins.\"io.containerd.grpc.v1.cri\".registry]' followed by "
            + "'config_path = \"/etc/containerd/certs.d\"'", problems);
    check("containerdConfigPatchesJSON6902", config.containerdConfigPatchesJSON6902(), ContainerdConfig::checkJsonPatch,
        "give one list of operations, each with 'op', 'path' and, where the op needs it, 'value' or 'from'", problems);
  }

  private static void check(String field, List<String> patches, Consumer<String> checker, String fix,
      Problems problems) {
    for (int i = 0; i < patches.size(); i++) {
      try {
        checker.accept(patches.get(i));
      } catch (IllegalArgumentException e) {
        problems.add(field + "[" + i + "]", e.getMessage() + "; " + fix);
      }
    }
  }
}
