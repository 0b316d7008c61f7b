package dev.kind4j.impl.cluster.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kind4j.KindException;
import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.InvalidConfigException;
import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;
import dev.kind4j.config.Mount;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.config.Networking;
import dev.kind4j.config.NodeConfig;
import dev.kind4j.config.PatchJson6902;
import dev.kind4j.config.PortMapping;
import dev.kind4j.config.PortProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the example configs of kind's documentation, and rejects broken ones naming the field. */
class ConfigLoaderTest {

  private static final String HEADER = "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n";

  @Test
  void readsTheMinimalConfigWithEverythingUnset() {
    ClusterConfig config = ConfigLoader.load(HEADER);

    assertThat(config).isEqualTo(ClusterConfig.builder().build());
  }

  @Test
  void readsAMultiNodeConfig() {
    ClusterConfig config = ConfigLoader.load("""
        # three node (two workers) cluster config
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        name: app-1
        nodes:
        - role: control-plane
        - role: worker
        - role: worker
          image: kindest/node:v1.31.0@sha256:abc
        """);

    assertThat(config.name()).isEqualTo("app-1");
    assertThat(config.nodes()).containsExactly(
        NodeConfig.controlPlane(), NodeConfig.worker(), NodeConfig.worker().withImage("kindest/node:v1.31.0@sha256:abc"));
  }

  @Test
  void readsTheIngressExampleWithPortMappingsAndAMultiLinePatch() {
    ClusterConfig config = ConfigLoader.load(HEADER + """
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
            listenAddress: "127.0.0.1"
            protocol: SCTP
          - containerPort: 30000
        """);

    NodeConfig node = config.nodes().get(0);
    assertThat(node.kubeadmConfigPatches()).containsExactly("""
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-labels: "ingress-ready=true"
        """);
    assertThat(node.extraPortMappings()).containsExactly(
        new PortMapping(80, 80, null, PortProtocol.TCP),
        new PortMapping(443, 443, "127.0.0.1", PortProtocol.SCTP),
        new PortMapping(30000, 0, null, null));
  }

  @Test
  void readsExtraMountsAndLabels() {
    ClusterConfig config = ConfigLoader.load(HEADER + """
        nodes:
        - role: control-plane
          labels:
            tier: frontend
            zone: 1
          extraMounts:
          - hostPath: /path/to/my/files
            containerPath: /files
            readOnly: true
            selinuxRelabel: false
            propagation: HostToContainer
          - hostPath: /var/run/docker.sock
            containerPath: /var/run/docker.sock
        """);

    NodeConfig node = config.nodes().get(0);
    assertThat(node.labels()).containsExactly(Map.entry("tier", "frontend"), Map.entry("zone", "1"));
    assertThat(node.extraMounts()).containsExactly(
        new Mount("/path/to/my/files", "/files", true, false, MountPropagation.HOST_TO_CONTAINER),
        Mount.of("/var/run/docker.sock", "/var/run/docker.sock"));
  }

  @Test
  void readsNetworking() {
    ClusterConfig config = ConfigLoader.load(HEADER + """
        networking:
          ipFamily: dual
          apiServerAddress: "0.0.0.0"
          apiServerPort: 6443
          podSubnet: "10.244.0.0/16,fd00:10:244::/56"
          serviceSubnet: "10.96.0.0/12,fd00:10:96::/112"
          disableDefaultCNI: true
          kubeProxyMode: "nftables"
          dnsSearch:
          - corp.example.com
        """);

    assertThat(config.networking()).isEqualTo(new Networking(IpFamily.DUAL, "0.0.0.0", 6443,
        "10.244.0.0/16,fd00:10:244::/56", "10.96.0.0/12,fd00:10:96::/112", true, KubeProxyMode.NFTABLES,
        List.of("corp.example.com")));
  }

  @Test
  void tellsAnEmptyDnsSearchFromAnUnsetOne() {
    assertThat(ConfigLoader.load(HEADER + "networking:\n  dnsSearch: []\n").networking().dnsSearch()).isEmpty();
    assertThat(ConfigLoader.load(HEADER + "networking:\n  ipFamily: ipv4\n").networking().dnsSearch()).isNull();
  }

  @Test
  void readsFeatureGatesAndRuntimeConfig() {
    ClusterConfig config = ConfigLoader.load(HEADER + """
        featureGates:
          # any feature gate can be enabled here with "Name": true
          "CSIMigration": true
          AllBeta: false
        runtimeConfig:
          "api/alpha": "false"
        """);

    assertThat(config.featureGates()).containsExactly(Map.entry("CSIMigration", true), Map.entry("AllBeta", false));
    assertThat(config.runtimeConfig()).containsExactly(Map.entry("api/alpha", "false"));
  }

  @Test
  void readsJson6902AndContainerdPatches() {
    ClusterConfig config = ConfigLoader.load(HEADER + """
        kubeadmConfigPatches:
        - |
          kind: ClusterConfiguration
          apiServer:
            extraArgs:
              enable-admission-plugins: NodeRestriction
        containerdConfigPatches:
        - |-
          [plugins."io.containerd.grpc.v1.cri".registry]
            config_path = "/etc/containerd/certs.d"
        containerdConfigPatchesJSON6902:
        - '[{"op": "remove", "path": "/plugins"}]'
        nodes:
        - role: control-plane
        - role: worker
          kubeadmConfigPatchesJSON6902:
          - group: kubelet.config.k8s.io
            version: v1beta1
            kind: KubeletConfiguration
            patch: |
              - op: add
                path: /authentication
                value: {"anonymous": {"enabled": true}}
        """);

    assertThat(config.kubeadmConfigPatches()).singleElement().asString().startsWith("kind: ClusterConfiguration\n");
    assertThat(config.containerdConfigPatches()).containsExactly(
        "[plugins.\"io.containerd.grpc.v1.cri\".registry]\n  config_path = \"/etc/containerd/certs.d\"");
    assertThat(config.containerdConfigPatchesJSON6902()).containsExactly("[{\"op\": \"remove\", \"path\": \"/plugins\"}]");
    assertThat(config.nodes().get(1).kubeadmConfigPatchesJSON6902()).containsExactly(new PatchJson6902(
        "kubelet.config.k8s.io", "v1beta1", "KubeletConfiguration",
        "- op: add\n  path: /authentication\n  value: {\"anonymous\": {\"enabled\": true}}\n"));
  }

  @Test
  void readsOnlyTheFirstDocumentAsKindDoes() {
    assertThat(ConfigLoader.load(HEADER + "name: first\n---\n" + HEADER + "name: second\n").name()).isEqualTo("first");
  }

  @Test
  void treatsExplicitNullsAsUnset() {
    ClusterConfig config = ConfigLoader.load(HEADER + "name:\nnodes: ~\nnetworking:\n");

    assertThat(config).isEqualTo(ClusterConfig.builder().build());
  }

  @Test
  void loadsAFile(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("kind.yaml"), HEADER + "name: from-file\n");

    assertThat(ConfigLoader.load(file).name()).isEqualTo("from-file");
  }

  @Test
  void namesAFileItCannotRead(@TempDir Path directory) {
    Path missing = directory.resolve("missing.yaml");

    assertThatThrownBy(() -> ConfigLoader.load(missing))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("cannot read the cluster config " + missing);
  }

  @Test
  void requiresKindAndApiVersionNamingTheAcceptedValues() {
    assertThat(problems("kind: Config\napiVersion: kind.sigs.k8s.io/v1alpha3\nbogus: 1\n")).containsExactly(
        "kind: 'Config' is not supported; use 'kind: Cluster'",
        "apiVersion: 'kind.sigs.k8s.io/v1alpha3' is not supported; use 'apiVersion: kind.x-k8s.io/v1alpha4'");
    assertThat(problems("name: x\n")).containsExactly(
        "kind: missing; add 'kind: Cluster'",
        "apiVersion: missing; add 'apiVersion: kind.x-k8s.io/v1alpha4'");
  }

  @Test
  void rejectsUnknownFieldsNamingTheirPathAndTheNearestKnownField() {
    assertThat(problems(HEADER + """
        nodes:
        - role: control-plane
        - role: worker
          extraPortMapping:
          - containerPort: 80
          extraMounts:
          - hostPath: /a
            containerPath: /a
            readonly: true
        networking:
          podSubnets: 10.0.0.0/16
        """)).containsExactly(
            "nodes[1].extraMounts[0].readonly: unknown field; did you mean readOnly?",
            "nodes[1].extraPortMapping: unknown field; did you mean extraPortMappings?",
            "networking.podSubnets: unknown field; did you mean podSubnet?");
  }

  @Test
  void listsTheKnownFieldsWhenNoneIsClose() {
    assertThat(problems(HEADER + "nodes:\n- role: worker\n  gpus: all\n")).containsExactly(
        "nodes[0].gpus: unknown field; remove it, or use one of: role, image, labels, extraMounts, "
            + "extraPortMappings, kubeadmConfigPatches, kubeadmConfigPatchesJSON6902");
  }

  @Test
  void rejectsUnknownEnumValuesNamingTheAcceptedOnes() {
    assertThat(problems(HEADER + """
        nodes:
        - role: master
          extraPortMappings:
          - containerPort: 80
            protocol: tcp
          extraMounts:
          - hostPath: /a
            containerPath: /a
            propagation: rshared
        networking:
          ipFamily: IPv6
          kubeProxyMode: userspace
        """)).containsExactly(
            "nodes[0].role: 'master' is not accepted; use one of: control-plane, worker",
            "nodes[0].extraMounts[0].propagation: 'rshared' is not accepted; use one of: None, HostToContainer, "
                + "Bidirectional",
            "nodes[0].extraPortMappings[0].protocol: 'tcp' is not accepted; did you mean TCP? Accepted values: TCP, "
                + "UDP, SCTP",
            "networking.ipFamily: 'IPv6' is not accepted; did you mean ipv6? Accepted values: ipv4, ipv6, dual",
            "networking.kubeProxyMode: 'userspace' is not accepted; use one of: iptables, nftables, ipvs, none");
  }

  @Test
  void rejectsValuesOfTheWrongTypeNamingThePath() {
    assertThat(problems(HEADER + """
        name: [a, b]
        nodes:
        - role: worker
          extraPortMappings:
          - containerPort: "80"
            hostPort: 8080.5
        - worker
        networking: ipv6
        featureGates:
          AllAlpha: maybe
        kubeadmConfigPatches: "kind: ClusterConfiguration"
        """)).containsExactly(
            "name: expected a string, got a list; give a single value",
            "nodes[0].extraPortMappings[0].containerPort: expected a whole number such as 8080, got '80'",
            "nodes[0].extraPortMappings[0].hostPort: expected a whole number such as 8080, got '8080.5'",
            "nodes[1]: expected a mapping of fields, got 'worker'; write 'field: value' pairs indented beneath it",
            "networking: expected a mapping of fields, got 'ipv6'; write 'field: value' pairs indented beneath it",
            "featureGates[\"AllAlpha\"]: expected true or false, got 'maybe'",
            "kubeadmConfigPatches: expected a list, got 'kind: ClusterConfiguration'; write each entry on its own "
                + "line, starting with '- '");
  }

  @Test
  void rejectsAPortTooLargeForAnInteger() {
    assertThat(problems(HEADER + "networking:\n  apiServerPort: 99999999999\n")).containsExactly(
        "networking.apiServerPort: expected a whole number such as 8080, got '99999999999'");
  }

  @Test
  void reportsTheLineAndColumnOfASyntaxError() {
    assertThat(problems(HEADER + "nodes:\n- role: worker\n   image: x\n")).containsExactly(
        "line 5, column 9: mapping values are not allowed here; fix the YAML syntax there");
    assertThat(problems(HEADER + "nodes: [a\n")).containsExactly("line 3, column 10: expected ',' or ']', but got "
        + "<stream end> (while parsing a flow sequence); fix the YAML syntax there");
  }

  @Test
  void rejectsDuplicateKeysAsKindDoes() {
    assertThat(problems(HEADER + "name: a\nname: b\n")).containsExactly(
        "line 4, column 5: Duplicate field 'name'; fix the YAML syntax there");
  }

  @Test
  void rejectsADocumentThatIsNotAMapping() {
    assertThat(problems("")).containsExactly("expected a mapping starting with 'kind: Cluster' and "
        + "'apiVersion: kind.x-k8s.io/v1alpha4', got nothing");
    assertThat(problems("- kind: Cluster\n")).singleElement().asString().endsWith("got a list");
  }

  private static List<String> problems(String yaml) {
    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> ConfigLoader.load(yaml));
    assertThat(e).as("an InvalidConfigException").isNotNull();
    return e.problems().stream().map(Object::toString).toList();
  }
}
