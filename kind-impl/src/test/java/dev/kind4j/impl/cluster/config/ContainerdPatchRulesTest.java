package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.InvalidConfigException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerdPatchRulesTest {

  @Test
  void acceptsKindsLocalRegistryPatchAndAJsonPatchInYamlOrJson() {
    assertThatCode(() -> ConfigValidator.validate(defaulted("""
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        containerdConfigPatches:
          - |-
            [plugins."io.containerd.grpc.v1.cri".registry]
              config_path = "/etc/containerd/certs.d"
        containerdConfigPatchesJSON6902:
          - '[{"op": "add", "path": "/debug", "value": {"level": "debug"}}]'
          - |
            - op: remove
              path: /debug
        """))).doesNotThrowAnyException();
  }

  @Test
  void namesTheIndexOfEachBrokenPatch() {
    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigValidator.validate(
        defaulted("""
            kind: Cluster
            apiVersion: kind.x-k8s.io/v1alpha4
            containerdConfigPatches:
              - |
                version = 2
              - |
                [plugins."io.containerd.grpc.v1.cri"
                  sandbox_image = "pause:3.9"
            containerdConfigPatchesJSON6902:
              - '[{"op": "add", "path": "/debug", "value": 1}]'
              - '[{"op": "merge", "path": "/debug"}]'
              - '{"op": "remove", "path": "/debug"}'
            """)));

    assertThat(e.problems()).extracting(InvalidConfigException.Problem::path).containsExactly(
        "containerdConfigPatches[1]", "containerdConfigPatchesJSON6902[1]", "containerdConfigPatchesJSON6902[2]");
    assertThat(e.problems().get(0).message()).startsWith("is not valid TOML at line 1").contains("write it as TOML");
    assertThat(e.problems().get(1).message()).contains("operation 0 (merge): unknown op");
    assertThat(e.problems().get(2).message()).contains("a JSON patch is a list of operations");
  }

  private static ClusterConfig defaulted(String yaml) {
    return ConfigDefaults.apply(ConfigLoader.load(yaml), Optional.empty());
  }
}
