package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.InvalidConfigException;
import dev.kind4j.config.IpFamily;
import dev.kind4j.config.Mount;
import dev.kind4j.config.Networking;
import dev.kind4j.config.NodeConfig;
import dev.kind4j.config.PortMapping;
import dev.kind4j.config.PortProtocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValidatorTest {

  @Test
  void refusesAConfigThatWasNotDefaulted() {
    assertThatThrownBy(() -> ConfigValidator.validate(ClusterConfig.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ConfigDefaults.apply");
  }

  @Test
  void acceptsKindsDefaultCluster() {
    assertThatCode(() -> ConfigValidator.validate(defaulted(ClusterConfig.builder().build()))).doesNotThrowAnyException();
  }

  @Test
  void acceptsARichValidConfig() {
    ClusterConfig config = ClusterConfig.builder()
        .name("dev.cluster-1")
        .node(NodeConfig.controlPlane()
            .withImage("kindest/node:v1.31.0@sha256:0123")
            .withExtraMount(Mount.of("/var/data", "/data").withReadOnly(true))
            .withExtraPortMapping(PortMapping.of(80, 80).withListenAddress("127.0.0.1"))
            .withExtraPortMapping(PortMapping.of(80, 80).withListenAddress("127.0.0.2"))
            .withExtraPortMapping(PortMapping.of(53, 80).withProtocol(PortProtocol.UDP))
            .withExtraPortMapping(PortMapping.of(443, 0))
            .withExtraPortMapping(PortMapping.of(8443, 0))
            .withExtraPortMapping(PortMapping.of(9000, -1)))
        .workers(2)
        .networking(Networking.UNSET.withIpFamily(IpFamily.DUAL).withApiServerPort(6443))
        .kubeadmConfigPatch("kind: ClusterConfiguration\napiServer:\n  certSANs: [example.com]\n"
            + "---\napiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\n---\n")
        .build();

    assertThatCode(() -> ConfigValidator.validate(defaulted(config))).doesNotThrowAnyException();
  }

  @Test
  void acceptsKindsIngressExampleOnceLoadedAndDefaulted() {
    ClusterConfig config = ConfigLoader.load("""
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        nodes:
        - role: control-plane
          kubeadmConfigPatches:
          - |
            kind: InitConfiguration
            nodeRegistration:
              kubeletExtraArgs:
                node-labels: "ingress-ready=true"
          extraPortMappings:
          - containerPort: 80
            hostPort: 80
            protocol: TCP
          - containerPort: 443
            hostPort: 443
            protocol: TCP
        - role: worker
        """);

    assertThatCode(() -> ConfigValidator.validate(defaulted(config))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"My-Cluster", "dev_cluster", "dev cluster", "dev/cluster"})
  void rejectsClusterNamesKindRejects(String name) {
    assertThat(problems(ClusterConfig.builder().name(name).build())).containsExactly("name: '" + name
        + "' is not a valid cluster name; use only lower-case letters, digits, '.' and '-', such as 'dev-cluster'");
  }

  @Test
  void rejectsClusterNamesTooLongForNodeHostnames() {
    String name = "a".repeat(51);

    assertThat(problems(ClusterConfig.builder().name("a".repeat(50)).build())).isEmpty();
    assertThat(problems(ClusterConfig.builder().name(name).build())).containsExactly("name: '" + name
        + "' is 51 characters long; use at most 50, so that node hostnames such as '" + name
        + "-control-plane' stay within 64");
  }

  @Test
  void requiresAControlPlane() {
    assertThat(problems(ClusterConfig.builder().workers(2).build()))
        .containsExactly("nodes: no control-plane node; add one with 'role: control-plane'");
  }

  @Test
  void acceptsSeveralControlPlanes() {
    assertThat(problems(ClusterConfig.builder().controlPlane().workers(1).controlPlane().controlPlane().build()))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kindest/node: v1.31.0", " ", "kindest/node:v1.31.0\n"})
  void rejectsImageReferencesWithWhitespace(String image) {
    assertThat(problems(nodes(NodeConfig.controlPlane().withImage(image)))).containsExactly("nodes[0].image: '"
        + image + "' is not an image reference; remove the whitespace, as in 'kindest/node:v1.31.0'");
  }

  @Test
  void requiresAbsoluteMountPaths() {
    assertThat(problems(nodes(NodeConfig.controlPlane()
        .withExtraMount(Mount.of("./foo", "bar"))
        .withExtraMount(Mount.of(null, "")))))
        .containsExactly(
            "nodes[0].extraMounts[0].hostPath: './foo' is not an absolute path; kind4j does not resolve relative "
                + "paths, so give the full path, such as '/home/me/data'",
            "nodes[0].extraMounts[0].containerPath: 'bar' is not an absolute path; give the full path in the node, "
                + "such as '/bar'",
            "nodes[0].extraMounts[1].hostPath: missing; give the absolute path of a host file or directory",
            "nodes[0].extraMounts[1].containerPath: missing; give the absolute path to mount at in the node, "
                + "such as '/data'");
  }

  @Test
  void checksPortRanges() {
    assertThat(problems(nodes(NodeConfig.controlPlane()
        .withExtraPortMapping(PortMapping.of(0, 65536))
        .withExtraPortMapping(PortMapping.of(65536, -2)))))
        .containsExactly(
            "nodes[0].extraPortMappings[0].containerPort: 0 is not a port; use 1 to 65535",
            "nodes[0].extraPortMappings[0].hostPort: 65536 is not a port; use 1 to 65535, 0 (or leave it unset) for "
                + "a random free port, or -1 to let the container engine pick one",
            "nodes[0].extraPortMappings[1].containerPort: 65536 is not a port; use 1 to 65535",
            "nodes[0].extraPortMappings[1].hostPort: -2 is not a port; use 1 to 65535, 0 (or leave it unset) for "
                + "a random free port, or -1 to let the container engine pick one");
  }

  @Test
  void requiresListenAddressesToBeIpAddresses() {
    assertThat(problems(nodes(NodeConfig.controlPlane()
        .withExtraPortMapping(PortMapping.of(80, 80).withListenAddress("localhost")))))
        .containsExactly("nodes[0].extraPortMappings[0].listenAddress: 'localhost' is not an IP address; use one "
            + "such as 127.0.0.1, or 0.0.0.0 to listen on every address");
  }

  @Test
  void rejectsTwoMappingsOfOneHostPortAcrossNodes() {
    assertThat(problems(nodes(
        NodeConfig.controlPlane().withExtraPortMapping(PortMapping.of(80, 8080)),
        NodeConfig.worker().withExtraPortMapping(PortMapping.of(81, 8080)))))
        .containsExactly("nodes[1].extraPortMappings[0].hostPort: 8080/TCP on 0.0.0.0 is already taken by "
            + "nodes[0].extraPortMappings[0]; use another hostPort or listenAddress, or 0 for a random free port");
  }

  @Test
  void treatsEveryAddressAsClashingWithOneAddressAndAsKindDoesWithIpv6Wildcards() {
    assertThat(problems(nodes(NodeConfig.controlPlane()
        .withExtraPortMapping(PortMapping.of(80, 8080).withListenAddress("127.0.0.1"))
        .withExtraPortMapping(PortMapping.of(81, 8080).withListenAddress("::")))))
        .containsExactly("nodes[0].extraPortMappings[1].hostPort: 8080/TCP on :: is already taken by "
            + "nodes[0].extraPortMappings[0]; use another hostPort or listenAddress, or 0 for a random free port");
  }

  @Test
  void rejectsAMappingOfTheApiServersPort() {
    ClusterConfig config = ClusterConfig.builder()
        .node(NodeConfig.controlPlane().withExtraPortMapping(PortMapping.of(443, 6443)))
        .networking(Networking.UNSET.withApiServerPort(6443))
        .build();

    assertThat(problems(config)).containsExactly("nodes[0].extraPortMappings[0].hostPort: 6443/TCP on 0.0.0.0 is "
        + "already taken by networking.apiServerPort; use another hostPort or listenAddress, or 0 for a random free "
        + "port");
  }

  @Test
  void checksTheApiServersAddressAndPort() {
    assertThat(problems(networking(Networking.UNSET.withApiServerAddress("localhost").withApiServerPort(70000))))
        .containsExactly(
            "networking.apiServerAddress: 'localhost' is not an IP address; use one such as 127.0.0.1, or 0.0.0.0 "
                + "to listen on every address",
            "networking.apiServerPort: 70000 is not a port; use 1 to 65535, 0 (or leave it unset) for a random "
                + "free port, or -1 to let the container engine pick one");
    assertThat(problems(networking(Networking.UNSET.withApiServerPort(-1)))).isEmpty();
  }

  @Test
  void requiresSubnetsToBeCidrs() {
    assertThat(problems(networking(Networking.UNSET.withPodSubnet("10.244.0.0").withServiceSubnet("10.96.0.0/40"))))
        .containsExactly(
            "networking.podSubnet: '10.244.0.0' is not a CIDR; give an address and a prefix length, such as "
                + "10.244.0.0/16",
            "networking.serviceSubnet: '10.96.0.0/40' is not a CIDR; give an address and a prefix length, such as "
                + "10.96.0.0/16");
  }

  @Test
  void requiresSubnetsOfTheClustersFamily() {
    assertThat(problems(networking(Networking.UNSET.withPodSubnet("fd00:10:244::/56"))))
        .containsExactly("networking.podSubnet: 'fd00:10:244::/56' is an IPv6 CIDR but ipFamily is ipv4; give one "
            + "such as 10.244.0.0/16, or set 'networking.ipFamily: ipv6'");
    assertThat(problems(networking(Networking.UNSET.withIpFamily(IpFamily.IPV6).withServiceSubnet("10.96.0.0/16"))))
        .containsExactly("networking.serviceSubnet: '10.96.0.0/16' is an IPv4 CIDR but ipFamily is ipv6; give one "
            + "such as fd00:10:96::/112, or set 'networking.ipFamily: ipv4'");
    assertThat(problems(networking(Networking.UNSET.withPodSubnet("10.244.0.0/16,fd00:10:244::/56"))))
        .containsExactly("networking.podSubnet: '10.244.0.0/16,fd00:10:244::/56' has 2 CIDRs but ipFamily is ipv4; "
            + "give one, such as 10.244.0.0/16, or set 'networking.ipFamily: dual'");
  }

  @Test
  void dualStackTakesOneCidrOrOneOfEachFamily() {
    Networking dual = Networking.UNSET.withIpFamily(IpFamily.DUAL);

    assertThat(problems(networking(dual.withPodSubnet("10.244.0.0/16")))).isEmpty();
    assertThat(problems(networking(dual.withPodSubnet("10.244.0.0/16,10.245.0.0/16")))).containsExactly(
        "networking.podSubnet: '10.244.0.0/16,10.245.0.0/16' does not fit ipFamily dual; give one IPv4 and one "
            + "IPv6 CIDR, comma-separated, such as 10.244.0.0/16,fd00:10:244::/56");
  }

  @Test
  void rejectsOverlappingPodAndServiceSubnets() {
    assertThat(problems(networking(Networking.UNSET.withPodSubnet("10.96.0.0/16").withServiceSubnet("10.96.0.0/12"))))
        .containsExactly("networking.serviceSubnet: '10.96.0.0/12' overlaps networking.podSubnet '10.96.0.0/16'; "
            + "choose subnets that share no address, such as kind's defaults 10.244.0.0/16 for pods and "
            + "10.96.0.0/16 for services");
  }

  @Test
  void requiresKubeadmPatchesToBeYamlMappingsWithAKind() {
    ClusterConfig config = ClusterConfig.builder()
        .kubeadmConfigPatch("apiServer:\n  certSANs: [example.com]\n")
        .kubeadmConfigPatch("kind: ClusterConfiguration\n---\n- op: add\n")
        .node(NodeConfig.controlPlane().withKubeadmConfigPatch("kind: InitConfiguration\nnodeRegistration: [\n"))
        .build();

    assertThat(problems(config)).containsExactly(
        "kubeadmConfigPatches[0]: document 1 has no kind, so it would patch nothing; start it with "
            + "'kind: ClusterConfiguration' followed by the fields to change",
        "kubeadmConfigPatches[1]: document 2 is a list, not a YAML mapping; give 'kind: ClusterConfiguration' "
            + "followed by the fields to change",
        "nodes[0].kubeadmConfigPatches[0]: not valid YAML at line 2, column 20: expected the node content, but found "
            + "'<stream end>' (while parsing a flow node) (counting lines within the patch); fix the YAML syntax there");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ClusterConfig config = ClusterConfig.builder()
        .name("Bad_Name")
        .node(NodeConfig.worker().withExtraPortMapping(PortMapping.of(0, 80)))
        .networking(Networking.UNSET.withPodSubnet("nonsense"))
        .build();

    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
        () -> ConfigValidator.validate(defaulted(config)));

    assertThat(e.problems()).extracting(InvalidConfigException.Problem::path).containsExactlyInAnyOrder(
        "name", "nodes", "nodes[0].extraPortMappings[0].containerPort", "networking.podSubnet");
    assertThat(e).hasMessageStartingWith("invalid cluster config (4 problems):");
  }

  private static ClusterConfig nodes(NodeConfig... nodes) {
    ClusterConfig.Builder builder = ClusterConfig.builder();
    List.of(nodes).forEach(builder::node);
    return builder.build();
  }

  private static ClusterConfig networking(Networking networking) {
    return ClusterConfig.builder().networking(networking).build();
  }

  private static ClusterConfig defaulted(ClusterConfig config) {
    return ConfigDefaults.apply(config, Optional.empty());
  }

  /** The problems found in {@code config} once defaulted, each as {@code path: message}. */
  private static List<String> problems(ClusterConfig config) {
    try {
      ConfigValidator.validate(defaulted(config));
      return List.of();
    } catch (InvalidConfigException e) {
      return e.problems().stream().map(Object::toString).toList();
    }
  }
}
