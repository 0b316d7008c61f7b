package dev.kind4j.impl.cluster.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodNetworkTest {

  private static final NodeAddress CONTROL_PLANE = new NodeAddress("kind-control-plane", "172.18.0.2", "10.244.0.0/24");
  private static final NodeAddress WORKER = new NodeAddress("kind-worker", "172.18.0.3", "10.244.1.0/24");
  private static final NodeAddress WORKER2 = new NodeAddress("kind-worker2", "172.18.0.4", "10.244.2.0/24");
  private static final PodNetwork NETWORK = new PodNetwork("10.244.0.0/16", List.of(CONTROL_PLANE, WORKER, WORKER2));

  @Test
  void conflistBridgesPodsOnTheNodesRangeWithoutMasqueradingThenMapsPorts() throws Exception {
    JsonNode conflist = new ObjectMapper().readTree(NETWORK.conflist(WORKER));

    assertThat(conflist.path("cniVersion").asText()).isEqualTo("0.4.0");
    assertThat(conflist.path("name").asText()).isEqualTo("kind4j");
    assertThat(conflist.path("plugins")).hasSize(2);
    JsonNode bridge = conflist.path("plugins").get(0);
    assertThat(bridge.path("type").asText()).isEqualTo("bridge");
    assertThat(bridge.path("bridge").asText()).isEqualTo("kind4j0");
    assertThat(bridge.path("isGateway").isBoolean() && bridge.path("isGateway").asBoolean()).isTrue();
    assertThat(bridge.path("hairpinMode").asBoolean()).isTrue();
    assertThat(bridge.path("ipMasq").isBoolean() && !bridge.path("ipMasq").asBoolean()).isTrue();
    JsonNode ipam = bridge.path("ipam");
    assertThat(ipam.path("type").asText()).isEqualTo("host-local");
    assertThat(ipam.path("ranges")).hasSize(1);
    assertThat(ipam.path("ranges").get(0)).hasSize(1);
    assertThat(ipam.at("/ranges/0/0/subnet").asText()).isEqualTo("10.244.1.0/24");
    assertThat(ipam.path("routes")).hasSize(1);
    assertThat(ipam.at("/routes/0/dst").asText()).isEqualTo("0.0.0.0/0");
    JsonNode portmap = conflist.path("plugins").get(1);
    assertThat(portmap.path("type").asText()).isEqualTo("portmap");
    assertThat(portmap.at("/capabilities/portMappings").asBoolean()).isTrue();
  }

  @Test
  void conflistsDifferOnlyInTheRange() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode worker = json.readTree(NETWORK.conflist(WORKER));
    JsonNode worker2 = json.readTree(NETWORK.conflist(WORKER2));

    assertThat(worker2.at("/plugins/0/ipam/ranges/0/0/subnet").asText()).isEqualTo("10.244.2.0/24");
    ((ObjectNode) worker2.at("/plugins/0/ipam/ranges/0/0"))
        .put("subnet", "10.244.1.0/24");
    assertThat(worker2).isEqualTo(worker);
    assertThat(PodNetwork.CONFLIST_PATH).isEqualTo("/etc/cni/net.d/10-kind4j.conflist");
  }

  @Test
  void planGivesNodesFixedAddressesAndRangesInOrder() {
    PodNetwork planned = PodNetwork.plan("10.244.0.0/16", List.of("kind-control-plane", "kind-worker", "kind-worker2"));

    assertThat(planned.nodes()).containsExactly(
        new NodeAddress("kind-control-plane", "198.18.0.1", "10.244.0.0/24"),
        new NodeAddress("kind-worker", "198.18.0.2", "10.244.1.0/24"),
        new NodeAddress("kind-worker2", "198.18.0.3", "10.244.2.0/24"));
    assertThat(planned.node("kind-worker").podCidr()).isEqualTo("10.244.1.0/24");
    assertThatIllegalArgumentException().isThrownBy(() -> planned.node("kind-worker3"))
        .withMessage("node 'kind-worker3' is not one of this pod network's nodes");
  }

  @Test
  void agentConfigNamesItselfTheSubnetAndEveryNode() {
    PodNetwork planned = PodNetwork.plan("10.244.0.0/16", List.of("kind-control-plane", "kind-worker"));

    assertThat(planned.agentConfig(planned.node("kind-worker"), "node-b").lines().filter(line -> !line.startsWith("#")))
        .containsExactly(
            "self kind-worker 198.18.0.2 10.244.1.0/24 node-b",
            "subnet 10.244.0.0/16",
            "node kind-control-plane 198.18.0.1 10.244.0.0/24",
            "node kind-worker 198.18.0.2 10.244.1.0/24");
  }

  @Test
  void planRefusesASubnetThatCannotHoldTheNodes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PodNetwork.plan("10.244.0.0/29", List.of("a", "b", "c")))
        .withMessageStartingWith("networking.podSubnet: '10.244.0.0/29' is too small to give 3 nodes a pod range each");
  }

  @Test
  void rejectsNodesWithTheSamePodCidr() {
    NodeAddress clash = new NodeAddress("kind-worker2", "172.18.0.4", "10.244.1.0/24");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16", List.of(CONTROL_PLANE, WORKER, clash)))
        .withMessage("nodes 'kind-worker' and 'kind-worker2' both have podCidr 10.244.1.0/24");
  }

  @Test
  void rejectsOverlappingPodCidrs() {
    NodeAddress wide = new NodeAddress("kind-worker2", "172.18.0.4", "10.244.0.0/23");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16", List.of(WORKER, wide)))
        .withMessage("nodes 'kind-worker' and 'kind-worker2' have overlapping podCidrs 10.244.1.0/24 and 10.244.0.0/23");
  }

  @Test
  void rejectsDuplicateNamesAndAddresses() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16",
            List.of(WORKER, new NodeAddress("kind-worker", "172.18.0.9", "10.244.9.0/24"))))
        .withMessage("two nodes are named 'kind-worker'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16",
            List.of(WORKER, new NodeAddress("kind-worker2", "172.18.0.3", "10.244.9.0/24"))))
        .withMessage("nodes 'kind-worker' and 'kind-worker2' both have IP 172.18.0.3");
  }

  @Test
  void rejectsRangesOutsideTheSubnetAndNodesInsideIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.245.0.0/16", List.of(WORKER)))
        .withMessage("node 'kind-worker': podCidr 10.244.1.0/24 lies outside the cluster pod subnet 10.245.0.0/16");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.0.0.0/8", List.of(new NodeAddress("n", "10.1.0.2", "10.244.1.0/24"))))
        .withMessageStartingWith("node 'n': IP 10.1.0.2 lies inside the cluster pod subnet 10.0.0.0/8");
  }

  @Test
  void rejectsABadSubnetNoNodesAndStrangers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0", List.of(WORKER)))
        .withMessage("cluster pod subnet '10.244.0.0' is not a CIDR, such as 10.244.0.0/16, or one per IP family, "
            + "comma-separated");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16,10.245.0.0/16", List.of(WORKER)))
        .withMessage("cluster pod subnet '10.244.0.0/16,10.245.0.0/16' must hold one CIDR, or one IPv4 and one IPv6 "
            + "CIDR");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("fd00:10:244::/56", List.of(WORKER)))
        .withMessageContaining("lies outside the cluster pod subnet fd00:10:244::/56");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16", List.of()))
        .withMessage("a pod network needs at least one node");
    NodeAddress stranger = new NodeAddress("other", "172.18.0.9", "10.244.9.0/24");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NETWORK.conflist(stranger))
        .withMessage("node 'other' with IP 172.18.0.9 and podCidr 10.244.9.0/24 is not one of this pod network's nodes");
  }

  @Test
  void planGivesEachNodeAnAddressAndRangePerFamilyInTheSubnetsOrder() {
    PodNetwork dual = PodNetwork.plan("10.244.0.0/16,fd00:10:244::/56", List.of("kind-control-plane", "kind-worker"));
    PodNetwork ipv6 = PodNetwork.plan("fd00:10:244::/56", List.of("kind-control-plane", "kind-worker"));

    assertThat(dual.nodes()).containsExactly(
        new NodeAddress("kind-control-plane", "198.18.0.1,fd00:198:18::1", "10.244.0.0/24,fd00:10:244::/64"),
        new NodeAddress("kind-worker", "198.18.0.2,fd00:198:18::2", "10.244.1.0/24,fd00:10:244:1::/64"));
    assertThat(ipv6.nodes()).containsExactly(
        new NodeAddress("kind-control-plane", "fd00:198:18::1", "fd00:10:244::/64"),
        new NodeAddress("kind-worker", "fd00:198:18::2", "fd00:10:244:1::/64"));
    assertThat(dual.agentConfig(dual.node("kind-worker"), "kind-worker").lines().filter(line -> !line.startsWith("#")))
        .containsExactly(
            "self kind-worker 198.18.0.2,fd00:198:18::2 10.244.1.0/24,fd00:10:244:1::/64 kind-worker",
            "subnet 10.244.0.0/16,fd00:10:244::/56",
            "node kind-control-plane 198.18.0.1,fd00:198:18::1 10.244.0.0/24,fd00:10:244::/64",
            "node kind-worker 198.18.0.2,fd00:198:18::2 10.244.1.0/24,fd00:10:244:1::/64");
  }

  @Test
  void aDualStackConflistHasARangeSetAndADefaultRoutePerFamily() throws Exception {
    PodNetwork dual = PodNetwork.plan("10.244.0.0/16,fd00:10:244::/56", List.of("kind-control-plane", "kind-worker"));
    JsonNode ipam = new ObjectMapper().readTree(dual.conflist(dual.node("kind-worker"))).at("/plugins/0/ipam");

    assertThat(ipam.path("ranges")).hasSize(2);
    assertThat(ipam.at("/ranges/0/0/subnet").asText()).isEqualTo("10.244.1.0/24");
    assertThat(ipam.at("/ranges/1/0/subnet").asText()).isEqualTo("fd00:10:244:1::/64");
    assertThat(ipam.path("routes")).hasSize(2);
    assertThat(ipam.at("/routes/0/dst").asText()).isEqualTo("0.0.0.0/0");
    assertThat(ipam.at("/routes/1/dst").asText()).isEqualTo("::/0");
  }

  @Test
  void rejectsNodesSharingAnIpv6AddressOrLackingAFamily() {
    NodeAddress a = new NodeAddress("a", "198.18.0.1,fd00:198:18::1", "10.244.0.0/24,fd00:10:244::/64");
    NodeAddress b = new NodeAddress("b", "198.18.0.2,fd00:198:18::1", "10.244.1.0/24,fd00:10:244:1::/64");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16,fd00:10:244::/56", List.of(a, b)))
        .withMessage("nodes 'a' and 'b' both have IP fd00:198:18::1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16,fd00:10:244::/56", List.of(WORKER)))
        .withMessage("node 'kind-worker': podCidr 10.244.1.0/24 must hold one range per CIDR of the cluster pod "
            + "subnet 10.244.0.0/16,fd00:10:244::/56");
  }
}
