package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.config.InvalidConfigException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Kind4jLimitsTest {

  @Test
  void acceptsWhatKind4jDoes() {
    assertThatCode(() -> Kind4jLimits.check(defaulted("""
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
          - role: control-plane
          - role: worker
        containerdConfigPatches:
          - |
            [plugins."io.containerd.grpc.v1.cri"]
              sandbox_image = "pause:3.9"
        """))).doesNotThrowAnyException();
  }

  @Test
  void namesEveryFieldItCannotHonourYet() {
    assertThatThrownBy(() -> Kind4jLimits.check(defaulted("""
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: ipv6
        """)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("networking.ipFamily: 'ipv6' is not supported by kind4j yet");
  }

  private static dev.kind4j.config.ClusterConfig defaulted(String yaml) {
    return ConfigDefaults.apply(ConfigLoader.load(yaml), Optional.empty());
  }
}
