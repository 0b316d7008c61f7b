package dev.kind4j.impl.cluster.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
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
  void routesEveryOtherNodesPodsThroughThatNode() {
    assertThat(NETWORK.routes(WORKER)).containsExactly(
        List.of("ip", "route", "replace", "10.244.0.0/24", "via", "172.18.0.2"),
        List.of("ip", "route", "replace", "10.244.2.0/24", "via", "172.18.0.4"));
  }

  @Test
  void aSingleNodeNeedsNoRoutes() {
    PodNetwork single = new PodNetwork("10.244.0.0/16", List.of(CONTROL_PLANE));

    assertThat(single.routes(CONTROL_PLANE)).isEmpty();
  }

  @Test
  void masqueradesOnlyWhatLeavesTheClusterPodSubnet() {
    IptablesRule rule = NETWORK.masqueradeRule(WORKER);

    assertThat(rule.table()).isEqualTo("nat");
    assertThat(rule.chain()).isEqualTo("POSTROUTING");
    assertThat(rule.appendCommand()).containsExactly("iptables", "-t", "nat", "-A", "POSTROUTING",
        "-s", "10.244.1.0/24", "!", "-d", "10.244.0.0/16",
        "-m", "comment", "--comment", "kind4j: masquerade pod traffic leaving the pod network",
        "-j", "MASQUERADE");
    assertThat(rule.checkCommand()).containsExactlyElementsOf(
        replaceAt(rule.appendCommand(), 3, "-C"));
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
        .withMessage("cluster pod subnet '10.244.0.0' is not an IPv4 CIDR, such as 10.244.0.0/16");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("fd00:10:244::/56", List.of(WORKER)))
        .withMessageContaining("is not an IPv4 CIDR");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PodNetwork("10.244.0.0/16", List.of()))
        .withMessage("a pod network needs at least one node");
    NodeAddress stranger = new NodeAddress("other", "172.18.0.9", "10.244.9.0/24");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NETWORK.conflist(stranger))
        .withMessage("node 'other' with IP 172.18.0.9 and podCidr 10.244.9.0/24 is not one of this pod network's nodes");
  }

  private static List<String> replaceAt(List<String> list, int index, String value) {
    List<String> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }
}
