package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.impl.util.Parallel;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link NetworkCreation} on the real engine, which lets several networks have one name. */
class NetworkCreationIT {

  private final String name = "kind4j-it-net-" + UUID.randomUUID().toString().substring(0, 8);
  private DockerClient raw;
  private DockerEngine engine;
  private String container;

  @BeforeEach
  void connect() {
    DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
    raw = DockerClientImpl.getInstance(config,
        new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost()).build());
    engine = DockerEngine.connect();
  }

  @AfterEach
  void cleanUp() throws IOException {
    if (container != null) {
      raw.removeContainerCmd(container).withForce(true).exec();
    }
    named().forEach(network -> raw.removeNetworkCmd(network.getId()).exec());
    engine.close();
    raw.close();
  }

  @Test
  void createsAtTheSameTimeMakeOneNetwork() {
    List<DockerEngine> engines = IntStream.range(0, 4).mapToObj(i -> DockerEngine.connect()).toList();
    try {
      Parallel.forEach(engines, each -> each.ensureNetwork(name, Map.of()));
    } finally {
      engines.forEach(DockerEngine::close);
    }
    assertThat(named()).hasSize(1);
  }

  @Test
  void ofNetworksThatShareTheNameTheOneWithContainersIsKept() {
    List<String> ids = IntStream.range(0, 2)
        .mapToObj(i -> raw.createNetworkCmd().withName(name).withCheckDuplicate(false).exec().getId())
        .sorted(Comparator.reverseOrder()).toList();
    String inUse = ids.get(0); // the higher ID, which only its container makes the one to keep
    container = raw.createContainerCmd(TestImages.base().name()).withEntrypoint("sleep", "infinity").exec().getId();
    raw.startContainerCmd(container).exec();
    raw.connectToNetworkCmd().withContainerId(container).withNetworkId(inUse).exec();

    engine.ensureNetwork(name, Map.of(), Optional.empty());

    assertThat(named()).extracting(Network::getId).containsExactly(inUse);
  }

  private List<Network> named() {
    return raw.listNetworksCmd().withNameFilter(name).exec().stream().filter(n -> name.equals(n.getName())).toList();
  }
}
