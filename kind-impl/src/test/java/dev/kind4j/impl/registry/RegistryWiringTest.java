package dev.kind4j.impl.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.kind4j.impl.cluster.containerd.ContainerdConfig;
import dev.kind4j.impl.util.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryWiringTest {

  private static final DockerRegistry REGISTRY = new DockerRegistry("kind-registry", 5001);

  @Test
  void sendsPullsOfTheHostAddressToTheNetworkAddressOverHttp() throws Exception {
    assertThat(RegistryWiring.hostsTomlPath(REGISTRY)).isEqualTo("/etc/containerd/certs.d/localhost:5001/hosts.toml");
    JsonNode hosts = new TomlMapper().readTree(RegistryWiring.hostsToml(REGISTRY));
    assertThat(hosts.path("host").has("http://kind-registry:5000")).isTrue();
  }

  @Test
  void thePatchTurnsOnTheHostsDirectory() throws Exception {
    String patched = ContainerdConfig.patch("version = 2\n", List.of(RegistryWiring.CONTAINERD_PATCH), List.of());
    assertThat(new TomlMapper().readTree(patched).at("/plugins/io.containerd.grpc.v1.cri/registry/config_path")
        .asText()).isEqualTo(RegistryWiring.HOSTS_DIRECTORY);
  }

  @Test
  void theConfigMapNamesTheHostAddress() throws Exception {
    JsonNode configMap = Yaml.read(RegistryWiring.hostingConfigMap(REGISTRY));
    assertThat(configMap.at("/metadata/namespace").asText()).isEqualTo("kube-public");
    assertThat(Yaml.read(configMap.at("/data/localRegistryHosting.v1").asText()).path("host").asText())
        .isEqualTo("localhost:5001");
  }
}
