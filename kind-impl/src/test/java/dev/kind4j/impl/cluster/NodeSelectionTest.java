package dev.kind4j.impl.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSelectionTest {

  private static final List<String> NODES = List.of("kind-control-plane", "kind-worker", "kind-worker2");

  @Test
  void namedNodesComeInTheClustersOrderEachOnce() {
    assertThat(NodeSelection.of("kind", NODES, List.of("kind-worker2", "kind-control-plane", "kind-worker2")))
        .containsExactly("kind-control-plane", "kind-worker2");
  }

  @Test
  void anUnknownNameIsRefusedWithTheClustersNodes() {
    assertThatThrownBy(() -> NodeSelection.of("kind", NODES, List.of("kind-worker", "kind-wrker", "kind-wrker")))
        .isInstanceOf(KindException.class)
        .hasMessage("nodes: cluster kind has no node named kind-wrker; its nodes are kind-control-plane, kind-worker, "
            + "kind-worker2");
  }

  @Test
  void anEmptyListIsRefusedRatherThanLoadingNowhere() {
    assertThatThrownBy(() -> NodeSelection.of("kind", NODES, List.of()))
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("nodes: the list is empty; name one or more of kind-control-plane, kind-worker");
  }
}
