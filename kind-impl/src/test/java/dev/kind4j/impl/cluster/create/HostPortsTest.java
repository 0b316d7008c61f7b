package dev.kind4j.impl.cluster.create;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostPortsTest {

  @Test
  void aLocalEngineGetsAPortFreeHereForZero() {
    try (HostPorts ports = new HostPorts(true)) {
      assertThat(ports.choose("127.0.0.1", 0, "hostPort")).isBetween(1, 65535);
      assertThat(ports.choose("127.0.0.1", 8080, "hostPort")).isEqualTo(8080);
      assertThat(ports.choose("127.0.0.1", -1, "hostPort")).isZero();
    }
  }

  @Test
  void aRemoteEnginePicksThePortForZeroItself() {
    try (HostPorts ports = new HostPorts(false)) {
      assertThat(ports.choose("10.1.2.3", 0, "hostPort")).isZero();
      assertThat(ports.choose("0.0.0.0", 8080, "hostPort")).isEqualTo(8080);
    }
  }
}
