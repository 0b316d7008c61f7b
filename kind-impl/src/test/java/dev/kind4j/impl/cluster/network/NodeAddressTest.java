package dev.kind4j.impl.cluster.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeAddressTest {

  @Test
  void keepsWhatItWasGiven() {
    NodeAddress node = new NodeAddress("kind-worker", "172.18.0.3", "10.244.1.0/24");

    assertThat(node.nodeName()).isEqualTo("kind-worker");
    assertThat(node.nodeIp()).isEqualTo("172.18.0.3");
    assertThat(node.podCidr()).isEqualTo("10.244.1.0/24");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.244.1.0", "10.244.1.0/33", "10.244.1/24", "node-range"})
  void rejectsWhatIsNoCidr(String podCidr) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", "172.18.0.3", podCidr))
        .withMessage("node 'kind-worker': podCidr '" + podCidr + "' is not an IPv4 CIDR, such as 10.244.1.0/24");
  }

  @Test
  void rejectsARangeWithHostBitsOrTooSmall() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", "172.18.0.3", "10.244.1.1/24"))
        .withMessageStartingWith("node 'kind-worker': podCidr '10.244.1.1/24' has host bits set");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", "172.18.0.3", "10.244.1.0/31"))
        .withMessageStartingWith("node 'kind-worker': podCidr '10.244.1.0/31' leaves no room");
  }

  @Test
  void rejectsIpv6ForNow() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", "fc00:f853:ccd:e793::3", "10.244.1.0/24"))
        .withMessage("node 'kind-worker': IP 'fc00:f853:ccd:e793::3' is IPv6; kind4j's own pod network supports "
            + "IPv4 only for now");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", "172.18.0.3", "fd00:10:244:1::/64"))
        .withMessageContaining("podCidr 'fd00:10:244:1::/64' is IPv6");
  }

  @Test
  void rejectsAMissingNameOrAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress(" ", "172.18.0.3", "10.244.1.0/24"))
        .withMessage("a node's name must not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", null, "10.244.1.0/24"))
        .withMessage("node 'kind-worker': IP 'null' is not an IPv4 address, such as 198.18.0.2");
  }
}
