package dev.kind4j.impl.cluster.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.impl.cluster.config.ConfigDefaults;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnapshotKeyTest {

  private static final List<String> IMAGES = List.of("sha256:0123");

  @Test
  void containerdPatchesAreInputsButTheClusterNameIsNot() {
    ClusterConfig plain = defaulted(ClusterConfig.builder().name("a").build());
    ClusterConfig renamed = defaulted(ClusterConfig.builder().name("b").build());
    ClusterConfig patched = defaulted(ClusterConfig.builder().name("a").containerdConfigPatch("[debug]\nlevel = \"debug\"\n")
        .build());
    ClusterConfig jsonPatched = defaulted(new ClusterConfig("a", null, null, null, null, null, null, null,
        List.of("[{\"op\": \"add\", \"path\": \"/debug\", \"value\": {}}]")));

    assertThat(SnapshotKey.of(renamed, IMAGES)).isEqualTo(SnapshotKey.of(plain, IMAGES));
    assertThat(List.of(SnapshotKey.of(patched, IMAGES), SnapshotKey.of(jsonPatched, IMAGES)))
        .doesNotContain(SnapshotKey.of(plain, IMAGES)).doesNotHaveDuplicates();
  }

  private static ClusterConfig defaulted(ClusterConfig config) {
    return ConfigDefaults.apply(config, Optional.empty());
  }
}
