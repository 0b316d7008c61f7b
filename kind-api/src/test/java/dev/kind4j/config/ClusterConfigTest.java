package dev.kind4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.NodeRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {

  @Test
  void builderAddsNodesInOrder() {
    ClusterConfig config = ClusterConfig.builder().name("x").controlPlane().workers(2).build();

    assertThat(config.name()).isEqualTo("x");
    assertThat(config.nodes()).extracting(NodeConfig::role)
        .containsExactly(NodeRole.CONTROL_PLANE, NodeRole.WORKER, NodeRole.WORKER);
    assertThat(config.nodes()).allSatisfy(node -> {
      assertThat(node.image()).isNull();
      assertThat(node.extraPortMappings()).isEmpty();
    });
  }

  @Test
  void emptyBuilderLeavesEverythingUnset() {
    ClusterConfig config = ClusterConfig.builder().build();

    assertThat(config.name()).isNull();
    assertThat(config.nodes()).isEmpty();
    assertThat(config.networking()).isEqualTo(Networking.UNSET);
    assertThat(config.featureGates()).isEmpty();
    assertThat(config.kubeadmConfigPatchesJSON6902()).isEmpty();
    assertThat(config.containerdConfigPatchesJSON6902()).isEmpty();
  }

  @Test
  void builderSetsClusterWideSettings() {
    Networking networking = Networking.UNSET.withIpFamily(IpFamily.DUAL).withKubeProxyMode(KubeProxyMode.IPVS);
    ClusterConfig config = ClusterConfig.builder()
        .node(NodeConfig.controlPlane().withImage("kindest/node:v1.31.0"))
        .networking(networking)
        .featureGate("InPlacePodVerticalScaling", true)
        .featureGate("AllAlpha", false)
        .runtimeConfig("api/alpha", "false")
        .kubeadmConfigPatch("kind: ClusterConfiguration\n")
        .containerdConfigPatch("[plugins]\n")
        .build();

    assertThat(config.nodes()).singleElement().extracting(NodeConfig::image).isEqualTo("kindest/node:v1.31.0");
    assertThat(config.networking().ipFamily()).isEqualTo(IpFamily.DUAL);
    assertThat(config.networking().kubeProxyMode()).isEqualTo(KubeProxyMode.IPVS);
    assertThat(config.featureGates()).containsExactly(
        Map.entry("InPlacePodVerticalScaling", true), Map.entry("AllAlpha", false));
    assertThat(config.runtimeConfig()).containsExactly(Map.entry("api/alpha", "false"));
    assertThat(config.kubeadmConfigPatches()).containsExactly("kind: ClusterConfiguration\n");
    assertThat(config.containerdConfigPatches()).containsExactly("[plugins]\n");
  }

  @Test
  void builderCanBeReusedWithoutChangingBuiltConfigs() {
    ClusterConfig.Builder builder = ClusterConfig.builder().controlPlane();
    ClusterConfig first = builder.build();
    builder.workers(1).featureGate("AllAlpha", true);

    assertThat(first.nodes()).hasSize(1);
    assertThat(first.featureGates()).isEmpty();
    assertThat(builder.build().nodes()).hasSize(2);
  }

  @Test
  void builderRejectsNegativeWorkerCount() {
    assertThatThrownBy(() -> ClusterConfig.builder().workers(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers: -1");
  }

  @Test
  void recordsCopyCollectionsDefensively() {
    List<NodeConfig> nodes = new ArrayList<>(List.of(NodeConfig.controlPlane()));
    Map<String, Boolean> gates = new HashMap<>(Map.of("AllAlpha", true));
    ClusterConfig config = new ClusterConfig(null, nodes, null, gates, null, null, null, null, null);
    nodes.add(NodeConfig.worker());
    gates.clear();

    assertThat(config.nodes()).hasSize(1);
    assertThat(config.featureGates()).containsOnlyKeys("AllAlpha");
    assertThatThrownBy(() -> config.nodes().add(NodeConfig.worker())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.featureGates().put("x", true)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordsRejectNullElementsNamingTheField() {
    List<PortMapping> mappings = new ArrayList<>();
    mappings.add(null);

    assertThatThrownBy(() -> new NodeConfig(null, null, null, null, mappings, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("extraPortMappings contains null");
  }

  @Test
  void nodeWithersAddWithoutChangingTheOriginal() {
    NodeConfig plain = NodeConfig.worker();
    NodeConfig node = plain
        .withLabel("tier", "frontend")
        .withExtraMount(Mount.of("/data", "/mnt/data").withReadOnly(true))
        .withExtraPortMapping(PortMapping.of(80, 8080).withListenAddress("127.0.0.1").withProtocol(PortProtocol.UDP))
        .withKubeadmConfigPatch("kind: JoinConfiguration\n");

    assertThat(plain.labels()).isEmpty();
    assertThat(node.role()).isEqualTo(NodeRole.WORKER);
    assertThat(node.labels()).containsExactly(Map.entry("tier", "frontend"));
    assertThat(node.extraMounts()).containsExactly(new Mount("/data", "/mnt/data", true, false, null));
    assertThat(node.extraPortMappings()).containsExactly(new PortMapping(80, 8080, "127.0.0.1", PortProtocol.UDP));
    assertThat(node.kubeadmConfigPatches()).containsExactly("kind: JoinConfiguration\n");
  }

  @Test
  void networkingWithersReplaceOneField() {
    Networking networking = Networking.UNSET
        .withApiServerAddress("0.0.0.0")
        .withApiServerPort(6443)
        .withPodSubnet("10.1.0.0/16")
        .withServiceSubnet("10.2.0.0/16")
        .withDisableDefaultCNI(true)
        .withDnsSearch(List.of("example.com"));

    assertThat(networking).isEqualTo(
        new Networking(null, "0.0.0.0", 6443, "10.1.0.0/16", "10.2.0.0/16", true, null, List.of("example.com")));
    assertThat(Networking.UNSET.dnsSearch()).isNull();
  }

  @Test
  void enumsKeepKindsSpelling() {
    assertThat(IpFamily.DUAL.value()).isEqualTo("dual");
    assertThat(KubeProxyMode.IPTABLES.value()).isEqualTo("iptables");
    assertThat(MountPropagation.HOST_TO_CONTAINER.value()).isEqualTo("HostToContainer");
    assertThat(PortProtocol.SCTP.value()).isEqualTo("SCTP");
  }
}
