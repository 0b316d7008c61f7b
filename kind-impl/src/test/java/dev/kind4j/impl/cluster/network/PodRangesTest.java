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
    assertThatIllegalArgumentException().isThrownBy(() -> PodRanges.of("fd00:10:244::/125", 3))
        .withMessageStartingWith("networking.podSubnet: 'fd00:10:244::/125' is too small to give 3 nodes")
        .withMessageEndingWith("such as fd00:10:244::/56");
    assertThatIllegalArgumentException().isThrownBy(() -> PodRanges.of("fd00::", 2))
        .withMessage("networking.podSubnet: 'fd00::' is not a CIDR, such as 10.244.0.0/16 or fd00:10:244::/56");
  }

  @Test
  void givesEachNodeASlash64OfAnIpv6Subnet() {
    assertThat(PodRanges.of("fd00:10:244::/56", 3))
        .containsExactly("fd00:10:244::/64", "fd00:10:244:1::/64", "fd00:10:244:2::/64");
    assertThat(PodRanges.of("fd00:10:244::/120", 2)).containsExactly("fd00:10:244::/121", "fd00:10:244::80/121");
  }
}
