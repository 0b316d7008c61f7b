package it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kind4j.Cluster;
import dev.kind4j.junit5.KindCluster;
import dev.kind4j.junit5.KindInject;
import org.junit.jupiter.api.Test;

@KindCluster(name = "kind4j-junit-6", image = "kind4j-test/node:v1.20.2")
class ClusterTest {

  @KindInject
  static Cluster cluster;

  @Test
  void theNodeIsReady() {
    String nodes = cluster.controlPlane().exec("kubectl", "get", "nodes", "--no-headers").stdout();
    assertTrue(nodes.contains(" Ready "), nodes);
  }
}
