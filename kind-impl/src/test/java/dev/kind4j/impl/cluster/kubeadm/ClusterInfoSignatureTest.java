package dev.kind4j.impl.cluster.kubeadm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kind4j.impl.util.Resources;
import org.junit.jupiter.api.Test;

class ClusterInfoSignatureTest {

  @Test
  void matchesWhatKubeControllerManagerSigned() {
    // read off a v1.20.2 cluster's kube-public/cluster-info, with kind's token abcdef.0123456789abcdef
    String kubeconfig = Resources.text("/kubeadm/cluster-info-kubeconfig.yaml");

    assertThat(ClusterInfoSignature.of(kubeconfig, "abcdef.0123456789abcdef"))
        .isEqualTo("eyJhbGciOiJIUzI1NiIsImtpZCI6ImFiY2RlZiJ9..0aga0Tc7GEBDWsHAGr3ASlH9tSvSqyj_u2oP1VQLOtk");
    assertThat(ClusterInfoSignature.key("abcdef.0123456789abcdef")).isEqualTo("jws-kubeconfig-abcdef");
  }

  @Test
  void refusesWhatIsNoToken() {
    assertThatIllegalArgumentException().isThrownBy(() -> ClusterInfoSignature.of("x", "abcdef"))
        .withMessageContaining("token: 'abcdef' is not a bootstrap token");
  }
}
