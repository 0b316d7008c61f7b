package dev.kind4j.impl.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapabilitiesTest {

  @Test
  void findsSysResourceMissingFromThisSandboxesBoundingSet() {
    assertThat(Capabilities.missingFrom("000001fffeffffff")).containsExactly("SYS_RESOURCE");
  }

  @Test
  void fullSetMissesNothing() {
    assertThat(Capabilities.missingFrom("000001ffffffffff")).isEmpty();
  }

  @Test
  void olderKernelsLackTheNewestCapabilities() {
    assertThat(Capabilities.missingFrom("0000003fffffffff")).containsExactly("PERFMON", "BPF", "CHECKPOINT_RESTORE");
  }
}
