package dev.kind4j.impl.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.impl.provider.ContainerSpec;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodePrivilegesTest {

  @Test
  void privilegedNodesRunPrivilegedAndUnconfined() {
    ContainerSpec spec = ContainerSpec.builder("node").apply(NodePrivileges.PRIVILEGED::applyTo).build();

    assertThat(spec.privileged()).isTrue();
    assertThat(spec.addedCapabilities()).isEmpty();
    assertThat(spec.devices()).isEmpty();
    assertThat(spec.securityOptions()).containsExactly("seccomp=unconfined", "apparmor=unconfined");
  }

  @Test
  void explicitRightsAreEveryCapabilityButTheMissingOnesWithEveryDevice() {
    ContainerSpec spec = ContainerSpec.builder("node")
        .apply(NodePrivileges.allCapabilitiesExcept(Set.of("SYS_RESOURCE", "BPF"))::applyTo).build();

    assertThat(spec.privileged()).isFalse();
    assertThat(spec.addedCapabilities()).containsExactly("ALL");
    assertThat(spec.droppedCapabilities()).containsExactly("BPF", "SYS_RESOURCE");
    assertThat(spec.deviceCgroupRules()).containsExactly("a *:* rwm");
    assertThat(spec.devices()).containsExactly("/dev/kmsg");
    assertThat(spec.securityOptions()).containsExactly("seccomp=unconfined", "apparmor=unconfined");
  }
}
