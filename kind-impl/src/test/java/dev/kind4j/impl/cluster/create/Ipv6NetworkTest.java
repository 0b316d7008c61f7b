package dev.kind4j.impl.cluster.create;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ipv6NetworkTest {

  @Test
  void derivesKindsSubnetFromTheNetworksName() {
    assertThat(Ipv6Network.ulaSubnet("kind", 0)).isEqualTo("fc00:f853:ccd:e793::/64");
  }

  @Test
  void eachAttemptAndNameGivesAnotherUniqueLocalSlash64() {
    assertThat(Ipv6Network.ulaSubnet("kind", 1)).isNotEqualTo(Ipv6Network.ulaSubnet("kind", 0))
        .startsWith("fc00:").endsWith("::/64");
    assertThat(Ipv6Network.ulaSubnet("other", 0)).isNotEqualTo(Ipv6Network.ulaSubnet("kind", 0))
        .startsWith("fc00:").endsWith("::/64");
  }
}
