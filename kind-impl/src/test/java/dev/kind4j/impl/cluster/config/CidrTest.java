package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @Test
  void readsAnAddressAndPrefixLength() {
    assertThat(Cidr.parse("10.244.0.0/16")).hasValueSatisfying(cidr -> {
      assertThat(cidr.address()).isEqualTo(IpAddress.parse("10.244.0.0").orElseThrow());
      assertThat(cidr.prefixLength()).isEqualTo(16);
    });
    assertThat(Cidr.parse("fd00:10:96::/112")).hasValueSatisfying(cidr -> assertThat(cidr.prefixLength()).isEqualTo(112));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.244.0.0", "10.244.0.0/33", "fd00::/129", "10.244.0.0/", "10.244.0.0/016", "/16",
      "10.244.0.0/a"})
  void rejectsWhatIsNoCidr(String text) {
    assertThat(Cidr.parse(text)).isEmpty();
  }

  @Test
  void overlapsWhenOneContainsTheOther() {
    assertThat(cidr("10.96.0.0/12").overlaps(cidr("10.100.0.0/16"))).isTrue();
    assertThat(cidr("10.100.0.0/16").overlaps(cidr("10.96.0.0/12"))).isTrue();
    assertThat(cidr("10.244.0.0/16").overlaps(cidr("10.96.0.0/16"))).isFalse();
    assertThat(cidr("fd00:10:244::/56").overlaps(cidr("fd00:10:244:1::/64"))).isTrue();
    assertThat(cidr("0.0.0.0/0").overlaps(cidr("::/0"))).isFalse();
  }

  @Test
  void containsOnlyWhatLiesWhollyInside() {
    assertThat(cidr("10.244.0.0/16").contains(cidr("10.244.3.0/24"))).isTrue();
    assertThat(cidr("10.244.0.0/16").contains(cidr("10.244.0.0/16"))).isTrue();
    assertThat(cidr("10.244.3.0/24").contains(cidr("10.244.0.0/16"))).isFalse();
    assertThat(cidr("10.244.0.0/16").contains(cidr("10.245.0.0/24"))).isFalse();
    assertThat(cidr("0.0.0.0/0").contains(cidr("fd00::/64"))).isFalse();
  }

  @Test
  void isANetworkAddressWhenEveryHostBitIsZero() {
    assertThat(cidr("10.244.1.0/24").isNetworkAddress()).isTrue();
    assertThat(cidr("0.0.0.0/0").isNetworkAddress()).isTrue();
    assertThat(cidr("10.244.1.7/32").isNetworkAddress()).isTrue();
    assertThat(cidr("10.244.1.1/24").isNetworkAddress()).isFalse();
    assertThat(cidr("fd00:10:244:1::/64").isNetworkAddress()).isTrue();
    assertThat(cidr("fd00:10:244:1::1/64").isNetworkAddress()).isFalse();
  }

  private static Cidr cidr(String text) {
    return Cidr.parse(text).orElseThrow();
  }
}
