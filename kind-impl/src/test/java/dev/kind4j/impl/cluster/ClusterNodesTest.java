package dev.kind4j.impl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.NodeRole;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.ContainerSummary;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.RecordingProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterNodesTest {

  private final RecordingProvider engine = new RecordingProvider(List.of(
      container("w2", "c-worker2", Map.of(Labels.CLUSTER, "c", Labels.ROLE, "worker")),
      container("lb", "c-external-load-balancer", Map.of(Labels.CLUSTER, "c", Labels.ROLE, "external-load-balancer")),
      container("cp2", "c-control-plane2", Map.of(Labels.CLUSTER, "c", Labels.ROLE, "control-plane")),
      container("w1", "c-worker", Map.of(Labels.CLUSTER, "c", Labels.ROLE, "worker", Labels.CREATE, "x")),
      container("cp1", "c-control-plane", Map.of(Labels.CLUSTER, "c", Labels.ROLE, "control-plane")),
      container("other", "d-control-plane", Map.of(Labels.CLUSTER, "d", Labels.ROLE, "control-plane")),
      container("reg", "c-registry", Map.of(Labels.CLUSTER, "c"))));

  @Test
  void nodesAreTheClustersRoleLabelledContainersControlPlanesFirstThenByName() {
    List<NodeContainer> nodes = ClusterNodes.of(engine.provider(), "c");

    assertThat(nodes).extracting(NodeContainer::name)
        .containsExactly("c-control-plane", "c-control-plane2", "c-worker", "c-worker2");
    assertThat(nodes).extracting(NodeContainer::role)
        .containsExactly(NodeRole.CONTROL_PLANE, NodeRole.CONTROL_PLANE, NodeRole.WORKER, NodeRole.WORKER);
  }

  @Test
  void theLoadBalancerIsFoundByItsRole() {
    assertThat(ClusterNodes.loadBalancer(engine.provider(), "c")).contains("c-external-load-balancer");
    assertThat(ClusterNodes.loadBalancer(engine.provider(), "d")).isEmpty();
  }

  @Test
  void removingAClusterRemovesEveryContainerWithItsLabelAndNothingElse() {
    assertThat(ClusterNodes.remove(engine.provider(), "c")).isEqualTo(6);

    assertThat(engine.removed()).containsExactlyInAnyOrder("w2", "lb", "cp2", "w1", "cp1", "reg");
  }

  @Test
  void aFailedCreateRemovesOnlyWhatItMade() {
    assertThat(ClusterNodes.removeCreatedBy(engine.provider(), "x")).isEqualTo(1);

    assertThat(engine.removed()).containsExactly("w1");
  }

  private static ContainerSummary container(String id, String name, Map<String, String> labels) {
    return new ContainerSummary(id, name, labels);
  }
}
