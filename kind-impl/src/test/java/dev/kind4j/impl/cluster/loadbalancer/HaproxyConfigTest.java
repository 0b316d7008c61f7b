package dev.kind4j.impl.cluster.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HaproxyConfigTest {

  @Test
  void passesTheApiPortToEveryControlPlaneByNameWithHealthChecks() {
    String config = HaproxyConfig.render(6443, List.of("ha-control-plane", "ha-control-plane2"), false);

    assertThat(config).contains("  bind *:6443\n  default_backend kube-apiservers\n")
        .contains("  option httpchk GET /healthz\n")
        .contains("  server ha-control-plane ha-control-plane:6443 check check-ssl verify none inter 1s "
            + "resolvers docker resolve-prefer ipv4\n")
        .contains("  server ha-control-plane2 ha-control-plane2:6443 check ")
        .contains("nameserver dns 127.0.0.11:53")
        .as("haproxy starts before the names resolve").contains("default-server init-addr none")
        .as("a connection to a stopped control plane moves to another").contains("option redispatch");
    assertThat(config.lines().filter(line -> line.startsWith("  server "))).hasSize(2);
  }

  @Test
  void anIpv6ClusterListensOnBothFamiliesAndPrefersIpv6() {
    String config = HaproxyConfig.render(6443, List.of("ha-control-plane"), true);

    assertThat(config).contains("  bind :::6443 v4v6\n").contains("resolve-prefer ipv6\n").doesNotContain("ipv4");
  }

  @Test
  void needsAControlPlane() {
    assertThatThrownBy(() -> HaproxyConfig.render(6443, List.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("controlPlanes: ");
  }
}
