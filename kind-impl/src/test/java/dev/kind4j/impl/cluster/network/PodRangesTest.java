package dev.kind4j.impl.cluster.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PodRangesTest {

  @Test
  void givesEachNodeASlash24InOrder() {
    assertThat(PodRanges.of("10.244.0.0/16", 3)).containsExactly("10.244.0.0/24", "10.244.1.0/24", "10.244.2.0/24");
  }

  @Test
  void splitsASmallSubnetFurtherAndIgnoresHostBits() {
    assertThat(PodRanges.of("192.168.7.5/24", 3))
        .containsExactly("192.168.7.0/26", "192.168.7.64/26", "192.168.7.128/26");
    assertThat(PodRanges.of("10.0.0.0/8", 1)).isEqualTo(List.of("10.0.0.0/24"));
  }

  @Test
  void refusesWhatCannotHoldTheNodes() {
    assertThatIllegalArgumentException().isThrownBy(() -> PodRanges.of("10.244.0.0/30", 2))
        .withMessageStartingWith("networking.podSubnet: '10.244.0.0/30' is too small");
    assertThatIllegalArgumentException().isThrownBy(() -> PodRanges.of("fd00::/56", 2))
        .withMessage("networking.podSubnet: 'fd00::/56' is not an IPv4 CIDR, such as 10.244.0.0/16");
  }
}
