package dev.kind4j.impl.cluster.kubeadm;

import static dev.kind4j.impl.cluster.kubeadm.KubeadmConfigTest.arguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import dev.kind4j.NodeRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeadmPatchesTest {

  private static String rendered(String version, NodeRole role) {
    return KubeadmConfig.render(KubeadmInput.builder()
        .kubernetesVersion(version)
        .node(role == NodeRole.WORKER ? "kind-worker" : "kind-control-plane", role, "172.18.0.2")
        .controlPlaneEndpoint("kind-control-plane:6443")
        .build());
  }

  private static RenderedConfig patched(String yaml, List<String> merges, List<Json6902Patch> jsonPatches) {
    return RenderedConfig.parse(KubeadmPatches.apply(yaml, merges, jsonPatches));
  }

  @Test
  void withoutPatchesTheDocumentsStayTheSame() {
    String yaml = rendered("v1.25.0", NodeRole.CONTROL_PLANE);

    assertThat(patched(yaml, List.of(), List.of())).isEqualTo(RenderedConfig.parse(yaml));
  }

  @Test
  void aMergePatchWithoutApiVersionMatchesItsKindInAnyVersion() {
    String patch = """
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            enable-admission-plugins: NodeRestriction
        networking:
          dnsDomain: example.local
          serviceSubnet: null
        """;
    RenderedConfig config = patched(rendered("v1.25.0", NodeRole.CONTROL_PLANE), List.of(patch), List.of());

    assertThat(config.at("ClusterConfiguration", "/apiServer/extraArgs/enable-admission-plugins").asText())
        .isEqualTo("NodeRestriction");
    assertThat(config.at("ClusterConfiguration", "/networking/dnsDomain").asText()).isEqualTo("example.local");
    assertThat(config.at("ClusterConfiguration", "/networking/serviceSubnet").isMissingNode()).as("null deletes").isTrue();
    assertThat(config.at("ClusterConfiguration", "/networking/podSubnet").asText()).isEqualTo("10.244.0.0/16");
    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/enable-hostpath-provisioner").asText())
        .isEqualTo("true");
  }

  @Test
  void aMergePatchWithApiVersionMatchesOnlyThatVersion() {
    String v1beta2 = "apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\nclusterName: old\n";
    String v1beta3 = "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nclusterName: new\n";

    RenderedConfig config = patched(rendered("v1.25.0", NodeRole.CONTROL_PLANE), List.of(v1beta3, v1beta2), List.of());

    assertThat(config.at("ClusterConfiguration", "/clusterName").asText()).isEqualTo("new");
    assertThat(config.at("ClusterConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta3");
  }

  @Test
  void oneMergePatchMayHoldSeveralDocuments() {
    String patch = """
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-labels: "ingress-ready=true"
        ---
        kind: KubeletConfiguration
        maxPods: 50
        """;
    RenderedConfig config = patched(rendered("v1.29.0", NodeRole.CONTROL_PLANE), List.of(patch), List.of());

    assertThat(config.at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs/node-labels").asText())
        .isEqualTo("ingress-ready=true");
    assertThat(config.at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs/node-ip").asText())
        .isEqualTo("172.18.0.2");
    assertThat(config.at("KubeletConfiguration", "/maxPods").asInt()).isEqualTo(50);
    assertThat(config.at("KubeletConfiguration", "/cgroupRoot").asText()).isEqualTo("/kubelet");
  }

  @Test
  void workersArePatchedThroughTheirJoinConfiguration() {
    String patch = "kind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    node-labels: tier=web\n";
    RenderedConfig config = patched(rendered("v1.20.2", NodeRole.WORKER), List.of(patch, "kind: InitConfiguration\nx: 1\n"),
        List.of());

    assertThat(config.at("JoinConfiguration", "/nodeRegistration/kubeletExtraArgs/node-labels").asText())
        .isEqualTo("tier=web");
    assertThat(config.kinds()).containsExactly("JoinConfiguration", "KubeletConfiguration", "KubeProxyConfiguration");
  }

  @Test
  void certSansAreAddedToNotReplaced() {
    String patch = "kind: ClusterConfiguration\napiServer:\n  certSANs: [my-host, localhost]\n";
    RenderedConfig config = patched(rendered("v1.25.0", NodeRole.CONTROL_PLANE), List.of(patch), List.of());

    assertThat(config.at("ClusterConfiguration", "/apiServer/certSANs").toString())
        .isEqualTo("[\"localhost\",\"my-host\"]");
  }

  @Test
  void v1beta4ArgumentsMergeByNameAndAcceptTheOldMapForm() {
    String oldStyle = """
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            enable-hostpath-provisioner: "false"
            v: "5"
        scheduler:
          extraArgs:
            v: "3"
        """;
    String listStyle = """
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
          - name: v
            value: "4"
          - name: feature-gates
        """;
    RenderedConfig config = patched(rendered("v1.36.0", NodeRole.CONTROL_PLANE), List.of(oldStyle, listStyle), List.of());

    assertThat(arguments(config.at("ClusterConfiguration", "/controllerManager/extraArgs")))
        .containsExactly(Map.entry("enable-hostpath-provisioner", "false"), Map.entry("v", "4"));
    assertThat(arguments(config.at("ClusterConfiguration", "/scheduler/extraArgs")))
        .as("a missing list is created").containsExactly(Map.entry("v", "3"));
  }

  @Test
  void v1beta4ArgumentRemovalByNullValue() {
    String patch = """
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
          - name: provider-id
            value: null
        """;
    RenderedConfig config = patched(rendered("v1.36.0", NodeRole.CONTROL_PLANE), List.of(patch), List.of());

    assertThat(arguments(config.at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs")))
        .containsExactly(Map.entry("node-ip", "172.18.0.2"));
  }

  @Test
  void aVersionedV1beta4PatchWithAnArgumentMapIsAnErrorNamingThePatch() {
    String patch = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    v: \"4\"\n";

    assertThatThrownBy(() -> KubeadmPatches.apply(rendered("v1.36.0", NodeRole.CONTROL_PLANE), List.of("kind: X\n", patch),
        List.of()))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("kubeadmConfigPatches[1]")
        .hasMessageContaining("ClusterConfiguration (kubeadm.k8s.io/v1beta4)")
        .hasMessageContaining("extraArgs must be a list of {name, value}");
  }

  @Test
  void json6902PatchesApplyToTheSelectedGroupVersionAndKind() {
    List<Json6902Patch> patches = List.of(
        new Json6902Patch("kubeadm.k8s.io", "v1beta3", "ClusterConfiguration", """
            - op: add
              path: /apiServer/certSANs/-
              value: my-host
            - op: replace
              path: /networking/podSubnet
              value: 10.100.0.0/16
            """),
        new Json6902Patch("kubeadm.k8s.io", "v1beta2", "ClusterConfiguration",
            "[{\"op\": \"replace\", \"path\": \"/clusterName\", \"value\": \"wrong-version\"}]"),
        new Json6902Patch("kubelet.config.k8s.io", "v1beta1", "KubeletConfiguration", """
            - op: remove
              path: /evictionHard/imagefs.available
            """),
        new Json6902Patch("", "", "KubeProxyConfiguration", """
            - op: add
              path: /conntrack/min
              value: 0
            """));
    RenderedConfig config = patched(rendered("v1.25.0", NodeRole.CONTROL_PLANE), List.of(), patches);

    assertThat(config.at("ClusterConfiguration", "/apiServer/certSANs").toString()).isEqualTo("[\"localhost\",\"my-host\"]");
    assertThat(config.at("ClusterConfiguration", "/networking/podSubnet").asText()).isEqualTo("10.100.0.0/16");
    assertThat(config.at("ClusterConfiguration", "/clusterName").asText()).isEqualTo("kind");
    assertThat(config.at("KubeletConfiguration", "/evictionHard").has("imagefs.available")).isFalse();
    assertThat(config.at("KubeletConfiguration", "/evictionHard").has("nodefs.available")).isTrue();
    assertThat(config.at("KubeProxyConfiguration", "/conntrack/min").isInt()).isTrue();
  }

  @Test
  void mergePatchesComeBeforeJson6902Patches() {
    String merge = "kind: ClusterConfiguration\nclusterName: merged\n";
    Json6902Patch json = new Json6902Patch("kubeadm.k8s.io", "v1beta3", "ClusterConfiguration",
        "- op: test\n  path: /clusterName\n  value: merged\n- op: replace\n  path: /clusterName\n  value: last\n");

    RenderedConfig config = patched(rendered("v1.25.0", NodeRole.CONTROL_PLANE), List.of(merge), List.of(json));

    assertThat(config.at("ClusterConfiguration", "/clusterName").asText()).isEqualTo("last");
  }

  @Test
  void aJson6902PatchThatCannotApplyIsAnErrorNamingThePatchAndPath() {
    Json6902Patch patch = new Json6902Patch("kubeadm.k8s.io", "v1beta3", "InitConfiguration",
        "- op: replace\n  path: /nodeRegistration/taints/0\n  value: {}\n");

    assertThatThrownBy(() -> KubeadmPatches.apply(rendered("v1.25.0", NodeRole.CONTROL_PLANE), List.of(), List.of(patch)))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("kubeadmConfigPatchesJSON6902[0] cannot patch InitConfiguration (kubeadm.k8s.io/v1beta3)")
        .hasMessageContaining("operation 0 (replace /nodeRegistration/taints/0): /nodeRegistration/taints does not exist");
  }

  @Test
  void unreadablePatchesAreErrorsNamingThePatch() {
    String yaml = rendered("v1.25.0", NodeRole.CONTROL_PLANE);

    assertThatThrownBy(() -> KubeadmPatches.apply(yaml, List.of("kind: [unclosed\n"), List.of()))
        .isInstanceOf(KindException.class).hasMessageContaining("kubeadmConfigPatches[0] is not valid YAML");
    assertThatThrownBy(() -> KubeadmPatches.apply(yaml, List.of("- a\n- b\n"), List.of()))
        .isInstanceOf(KindException.class).hasMessageContaining("kubeadmConfigPatches[0] must be a YAML mapping");
    assertThatThrownBy(() -> KubeadmPatches.apply(yaml, List.of(),
        List.of(new Json6902Patch("", "v1", "ClusterConfiguration", "op: add\n"))))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("kubeadmConfigPatchesJSON6902[0] for ClusterConfiguration cannot be read");
  }
}
