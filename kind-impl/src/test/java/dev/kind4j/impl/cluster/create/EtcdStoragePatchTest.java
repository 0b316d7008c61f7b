package dev.kind4j.impl.cluster.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import org.junit.jupiter.api.Test;

class EtcdStoragePatchTest {

  @Test
  void appliesFromKubeadm119WhichTakesPatchesUntil122WhichNoLongerAsksForTheStorage() {
    assertThat(EtcdStoragePatch.appliesTo(KubernetesVersion.parse("v1.18.20"))).isFalse();
    assertThat(EtcdStoragePatch.appliesTo(KubernetesVersion.parse("v1.19.0"))).isTrue();
    assertThat(EtcdStoragePatch.appliesTo(KubernetesVersion.parse("v1.20.2"))).isTrue();
    assertThat(EtcdStoragePatch.appliesTo(KubernetesVersion.parse("v1.21.14"))).isTrue();
    assertThat(EtcdStoragePatch.appliesTo(KubernetesVersion.parse("v1.22.0"))).isFalse();
  }
}
