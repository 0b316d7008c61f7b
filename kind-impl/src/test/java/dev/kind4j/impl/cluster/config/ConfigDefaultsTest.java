package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;
import dev.kind4j.config.Mount;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.config.Networking;
import dev.kind4j.config.NodeConfig;
import dev.kind4j.config.PortMapping;
import dev.kind4j.config.PortProtocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigDefaultsTest {

  @Test
  void anEmptyConfigBecomesKindsDefaultCluster() {
    ClusterConfig config = ConfigDefaults.apply(ClusterConfig.builder().build(), Optional.empty());

    assertThat(config.name()).isEqualTo("kind");
    assertThat(config.nodes()).containsExactly(NodeConfig.controlPlane());
    assertThat(config.networking()).isEqualTo(new Networking(IpFamily.IPV4, "127.0.0.1", 0, "10.244.0.0/16",
        "10.96.0.0/16", false, KubeProxyMode.IPTABLES, null));
  }

  @Test
  void theNameOverrideWinsOverTheConfigsName() {
    ClusterConfig named = ClusterConfig.builder().name("from-config").build();

    assertThat(ConfigDefaults.apply(named, Optional.of("from-env")).name()).isEqualTo("from-env");
    assertThat(ConfigDefaults.apply(named, Optional.empty()).name()).isEqualTo("from-config");
    assertThat(ConfigDefaults.apply(named, Optional.of("")).name()).isEqualTo("from-config");
    assertThat(ConfigDefaults.apply(ClusterConfig.builder().name("").build(), Optional.empty()).name())
        .isEqualTo("kind");
  }

  @Test
  void ipv6DefaultsListenOnLoopbackAndUseKindsIpv6Subnets() {
    Networking networking = defaulted(Networking.UNSET.withIpFamily(IpFamily.IPV6)).networking();

    assertThat(networking.apiServerAddress()).isEqualTo("::1");
    assertThat(networking.podSubnet()).isEqualTo("fd00:10:244::/56");
    assertThat(networking.serviceSubnet()).isEqualTo("fd00:10:96::/112");
  }

  @Test
  void onARemoteEngineTheApiServerListensOnEveryAddressUnlessTheConfigSaysOtherwise() {
    ClusterConfig unset = ClusterConfig.builder().build();
    ClusterConfig ipv6 = ClusterConfig.builder().networking(Networking.UNSET.withIpFamily(IpFamily.IPV6)).build();
    ClusterConfig given = ClusterConfig.builder().networking(Networking.UNSET.withApiServerAddress("10.1.2.3")).build();

    assertThat(ConfigDefaults.apply(unset, Optional.empty(), true).networking().apiServerAddress())
        .isEqualTo("0.0.0.0");
    assertThat(ConfigDefaults.apply(ipv6, Optional.empty(), true).networking().apiServerAddress()).isEqualTo("::");
    assertThat(ConfigDefaults.apply(given, Optional.empty(), true).networking().apiServerAddress())
        .isEqualTo("10.1.2.3");
  }

  @Test
  void dualStackDefaultsJoinBothFamiliesSubnets() {
    Networking networking = defaulted(Networking.UNSET.withIpFamily(IpFamily.DUAL)).networking();

    assertThat(networking.apiServerAddress()).isEqualTo("127.0.0.1");
    assertThat(networking.podSubnet()).isEqualTo("10.244.0.0/16,fd00:10:244::/56");
    assertThat(networking.serviceSubnet()).isEqualTo("10.96.0.0/16,fd00:10:96::/112");
  }

  @Test
  void keepsWhatIsSet() {
    Networking set = new Networking(IpFamily.IPV4, "0.0.0.0", 6443, "10.1.0.0/16", "10.2.0.0/16", true,
        KubeProxyMode.IPVS, List.of());

    assertThat(defaulted(set).networking()).isEqualTo(set);
  }

  @Test
  void defaultsEachNodesRoleMountsAndPortMappings() {
    ClusterConfig config = ConfigDefaults.apply(ClusterConfig.builder()
        .node(new NodeConfig(null, "", null, List.of(Mount.of("/a", "/b")),
            List.of(PortMapping.of(80, 8080), new PortMapping(53, 5353, "127.0.0.1", PortProtocol.UDP)), null, null))
        .workers(1)
        .build(), Optional.empty());

    NodeConfig first = config.nodes().get(0);
    assertThat(first.role()).isEqualTo(NodeRole.CONTROL_PLANE);
    assertThat(first.image()).isNull();
    assertThat(first.extraMounts()).containsExactly(new Mount("/a", "/b", false, false, MountPropagation.NONE));
    assertThat(first.extraPortMappings()).containsExactly(
        new PortMapping(80, 8080, "0.0.0.0", PortProtocol.TCP),
        new PortMapping(53, 5353, "127.0.0.1", PortProtocol.UDP));
    assertThat(config.nodes().get(1).role()).isEqualTo(NodeRole.WORKER);
  }

  @Test
  void portMappingsOfAnIpv6ClusterListenOnEveryIpv6Address() {
    ClusterConfig config = ConfigDefaults.apply(ClusterConfig.builder()
        .node(NodeConfig.controlPlane().withExtraPortMapping(PortMapping.of(80, 8080)))
        .networking(Networking.UNSET.withIpFamily(IpFamily.IPV6))
        .build(), Optional.empty());

    assertThat(config.nodes().get(0).extraPortMappings()).containsExactly(
        new PortMapping(80, 8080, "::", PortProtocol.TCP));
  }

  private static ClusterConfig defaulted(Networking networking) {
    return ConfigDefaults.apply(ClusterConfig.builder().networking(networking).build(), Optional.empty());
  }
}
