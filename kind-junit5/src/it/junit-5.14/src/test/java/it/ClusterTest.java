package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kind4j.junit5.KindCluster;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;

@KindCluster(name = "kind4j-junit-514", image = "kind4j-test/node:v1.20.2")
class ClusterTest {

  @Test
  void theNodeIsReady(KubernetesClient client) {
    assertEquals("True", client.nodes().withName("kind4j-junit-514-control-plane").get().getStatus().getConditions()
        .stream().filter(condition -> condition.getType().equals("Ready")).findFirst().orElseThrow().getStatus());
  }
}
