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
        .withMessage("node 'kind-worker': podCidr '" + podCidr + "' is not a CIDR, such as 10.244.1.0/24, or one of "
            + "each family, comma-separated");
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
  void takesOneAddressAndRangePerFamilyInOneOrder() {
    NodeAddress ipv6 = new NodeAddress("kind-worker", "fd00:198:18::2", "fd00:10:244:1::/64");
    NodeAddress dual = new NodeAddress("kind-worker", "198.18.0.2, fd00:198:18::2", "10.244.1.0/24,fd00:10:244:1::/64");

    assertThat(ipv6.primaryIp()).isEqualTo("fd00:198:18::2");
    assertThat(dual.primaryIp()).isEqualTo("198.18.0.2");
    assertThat(dual.podNetworks()).extracting(cidr -> cidr.address().isIpv6()).containsExactly(false, true);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", "fd00:198:18::2", "fd00:10:244:1::/127"))
        .withMessageContaining("give a prefix length of at most 126 for IPv6");
  }

  @Test
  void rejectsFamiliesThatDoNotPairUp() {
    String message = "node 'kind-worker': IP '%s' and podCidr '%s' must each hold one address of every IP family of "
        + "the cluster, in the same order";
    for (String[] pair : new String[][] {
        {"fd00:198:18::2", "10.244.1.0/24"},
        {"198.18.0.2", "10.244.1.0/24,fd00:10:244:1::/64"},
        {"198.18.0.2,fd00:198:18::2", "fd00:10:244:1::/64,10.244.1.0/24"},
        {"198.18.0.2,198.18.0.3", "10.244.1.0/24,10.244.2.0/24"}}) {
      assertThatIllegalArgumentException().isThrownBy(() -> new NodeAddress("kind-worker", pair[0], pair[1]))
          .withMessage(message, pair[0], pair[1]);
    }
  }

  @Test
  void rejectsAMissingNameOrAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress(" ", "172.18.0.3", "10.244.1.0/24"))
        .withMessage("a node's name must not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NodeAddress("kind-worker", null, "10.244.1.0/24"))
        .withMessage("node 'kind-worker': IP 'null' is not an IP address, such as 198.18.0.2, or one of each family, "
            + "comma-separated");
  }
}
