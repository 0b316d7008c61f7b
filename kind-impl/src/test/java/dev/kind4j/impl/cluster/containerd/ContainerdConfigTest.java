package dev.kind4j.impl.cluster.containerd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerdConfigTest {

  private static final String NODE_CONFIG = Resources.text("/dev/kind4j/impl/image/base/rootfs/etc/containerd/config.toml");
  private static final String CRI = "/plugins/io.containerd.grpc.v1.cri";

  @Test
  void mergesTomlPatchesInOrderAndKeepsEverythingElse() throws Exception {
    String patched = ContainerdConfig.patch(NODE_CONFIG, List.of("""
        [plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
          endpoint = ["http://mirror:5000"]
        """, """
        [plugins."io.containerd.grpc.v1.cri"]
          sandbox_image = "kind4j.local/pause:patched"
        [plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
          endpoint = ["http://other:5000"]
        """), List.of());

    JsonNode config = new TomlMapper().readTree(patched);
    assertThat(config.at(CRI + "/sandbox_image").asText()).isEqualTo("kind4j.local/pause:patched");
    assertThat(config.at(CRI + "/registry/mirrors/docker.io/endpoint").toString()).isEqualTo("[\"http://other:5000\"]");
    assertThat(config.at(CRI + "/registry/config_path").asText()).isEqualTo("/etc/containerd/certs.d");
    assertThat(config.at(CRI + "/containerd/runtimes/runc/options/SystemdCgroup").asBoolean()).isTrue();
    assertThat(config.at("/version").asInt()).isEqualTo(2);
  }

  @Test
  void skipsAMergePatchForAnotherConfigVersion() throws Exception {
    String patched = ContainerdConfig.patch(NODE_CONFIG, List.of("""
        version = 3
        [plugins."io.containerd.cri.v1.images"]
          use_local_image_pull = true
        """, """
        version = 2
        [debug]
          level = "debug"
        """), List.of());

    JsonNode config = new TomlMapper().readTree(patched);
    assertThat(config.has("plugins") && config.at("/plugins/io.containerd.cri.v1.images").isMissingNode()).isTrue();
    assertThat(config.at("/debug/level").asText()).isEqualTo("debug");
  }

  @Test
  void appliesJsonPatchesAfterTheMergePatches() throws Exception {
    String patched = ContainerdConfig.patch(NODE_CONFIG, List.of("[debug]\nlevel = \"info\"\n"), List.of("""
        - op: replace
          path: /debug/level
          value: debug
        """, "[{\"op\": \"remove\", \"path\": \"/plugins/io.containerd.grpc.v1.cri/cni/conf_dir\"}]"));

    JsonNode config = new TomlMapper().readTree(patched);
    assertThat(config.at("/debug/level").asText()).isEqualTo("debug");
    assertThat(config.at(CRI + "/cni/conf_dir").isMissingNode()).isTrue();
    assertThat(config.at(CRI + "/cni/bin_dir").asText()).isEqualTo("/opt/cni/bin");
  }

  @Test
  void namesThePatchThatCannotApply() {
    assertThatThrownBy(() -> ContainerdConfig.patch(NODE_CONFIG, List.of(),
        List.of("[]", "[{\"op\": \"replace\", \"path\": \"/nothing/here\", \"value\": 1}]")))
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("containerdConfigPatchesJSON6902[1] cannot patch the node's containerd config: ")
        .hasMessageContaining("/nothing does not exist");
    assertThatThrownBy(() -> ContainerdConfig.patch(NODE_CONFIG, List.of("version = 2", "a = "), List.of()))
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("containerdConfigPatches[1] is not valid TOML at line 1")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAJsonPatchThatReplacesTheWholeTable() {
    assertThatThrownBy(() -> ContainerdConfig.patch(NODE_CONFIG, List.of(),
        List.of("[{\"op\": \"replace\", \"path\": \"\", \"value\": [1]}]")))
        .isInstanceOf(KindException.class)
        .hasMessage("containerdConfigPatchesJSON6902[0] turned the node's containerd config into ARRAY; it must stay "
            + "a table");
  }
}
