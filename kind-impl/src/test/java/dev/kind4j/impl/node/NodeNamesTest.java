package dev.kind4j.impl.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.NodeRole;
import org.junit.jupiter.api.Test;

class NodeNamesTest {

  @Test
  void followsKindsNaming() {
    assertThat(NodeNames.of("kind", NodeRole.CONTROL_PLANE, 1)).isEqualTo("kind-control-plane");
    assertThat(NodeNames.of("kind", NodeRole.WORKER, 1)).isEqualTo("kind-worker");
    assertThat(NodeNames.of("dev", NodeRole.WORKER, 2)).isEqualTo("dev-worker2");
    assertThat(NodeNames.of("dev", NodeRole.CONTROL_PLANE, 3)).isEqualTo("dev-control-plane3");
  }

  @Test
  void rejectsIndexesBelowOne() {
    assertThatThrownBy(() -> NodeNames.of("kind", NodeRole.WORKER, 0)).hasMessageContaining("index");
  }
}
