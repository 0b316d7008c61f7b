package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostPortTest {

  @Test
  void bracketsIpv6AddressesOnly() {
    assertThat(HostPort.of("127.0.0.1", 6443)).isEqualTo("127.0.0.1:6443");
    assertThat(HostPort.of("kind-control-plane", 6443)).isEqualTo("kind-control-plane:6443");
    assertThat(HostPort.of("::1", 6443)).isEqualTo("[::1]:6443");
    assertThat(HostPort.of("fd00:198:18::1", 6443)).isEqualTo("[fd00:198:18::1]:6443");
  }
}
