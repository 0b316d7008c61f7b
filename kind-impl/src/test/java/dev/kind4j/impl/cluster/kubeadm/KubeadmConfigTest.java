package dev.kind4j.impl.cluster.kubeadm;

import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.NodeRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubeadmConfigTest {

  private static KubeadmInputBuilder controlPlane(String version) {
    return KubeadmInput.builder()
        .kubernetesVersion(version)
        .clusterName("demo")
        .node("demo-control-plane", NodeRole.CONTROL_PLANE, "172.18.0.2")
        .controlPlaneEndpoint("demo-control-plane:6443")
        .certSans("127.0.0.1");
  }

  private static KubeadmInputBuilder worker(String version) {
    return controlPlane(version).node("demo-worker", NodeRole.WORKER, "172.18.0.3");
  }

  private static RenderedConfig render(KubeadmInputBuilder builder) {
    return RenderedConfig.parse(KubeadmConfig.render(builder.build()));
  }

  @Test
  void kubernetes120RendersV1beta2ForInit() {
    RenderedConfig config = render(controlPlane("v1.20.2"));

    assertThat(config.kinds())
        .containsExactly("ClusterConfiguration", "InitConfiguration", "KubeletConfiguration", "KubeProxyConfiguration");
    assertThat(config.at("ClusterConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta2");
    assertThat(config.at("InitConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta2");
    assertThat(config.at("InitConfiguration", "/skipPhases").isMissingNode())
        .as("v1beta2 has no skipPhases; they go on the command line").isTrue();
    assertThat(config.at("ClusterConfiguration", "/featureGates/IPv6DualStack").asBoolean())
        .as("kind turns on kubeadm's own dual-stack gate for 1.20").isTrue();
    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs").isObject()).isTrue();
  }

  private static final String KEY = "0123456789abcdef".repeat(4);

  @Test
  void theFirstOfSeveralControlPlanesUploadsTheSharedCertificatesWithTheKey() {
    RenderedConfig config = render(controlPlane("v1.20.2").controlPlaneEndpoint("demo-external-load-balancer:6443")
        .certificateKey(KEY));

    assertThat(config.kinds()).startsWith("ClusterConfiguration", "InitConfiguration");
    assertThat(config.at("InitConfiguration", "/certificateKey").asText()).isEqualTo(KEY);
    assertThat(config.at("ClusterConfiguration", "/controlPlaneEndpoint").asText())
        .isEqualTo("demo-external-load-balancer:6443");
  }

  @Test
  void aJoiningControlPlaneRendersJoinConfigurationWithItsOwnEndpointAndTheKey() {
    for (String version : List.of("v1.20.2", "v1.23.4")) {
      RenderedConfig config = render(controlPlane(version).node("demo-control-plane2", NodeRole.CONTROL_PLANE,
          "172.18.0.4").controlPlaneEndpoint("demo-external-load-balancer:6443").certificateKey(KEY)
          .joinsControlPlane(true).controlPlaneTaint(false));

      assertThat(config.kinds()).containsExactly("JoinConfiguration", "KubeletConfiguration", "KubeProxyConfiguration");
      assertThat(config.at("JoinConfiguration", "/discovery/bootstrapToken/apiServerEndpoint").asText())
          .isEqualTo("demo-external-load-balancer:6443");
      assertThat(config.at("JoinConfiguration", "/controlPlane/localAPIEndpoint/advertiseAddress").asText())
          .isEqualTo("172.18.0.4");
      assertThat(config.at("JoinConfiguration", "/controlPlane/localAPIEndpoint/bindPort").asInt()).isEqualTo(6443);
      assertThat(config.at("JoinConfiguration", "/controlPlane/certificateKey").asText()).isEqualTo(KEY);
      JsonNode taints = config.at("JoinConfiguration", "/nodeRegistration/taints");
      assertThat(taints.isArray() && taints.isEmpty()).isTrue();
    }
    assertThat(render(worker("v1.20.2")).at("JoinConfiguration", "/controlPlane").isMissingNode()).isTrue();
  }

  @Test
  void joiningTheControlPlaneNeedsTheCertificateKeyAndTheKeyItsForm() {
    assertThatThrownBy(() -> controlPlane("v1.20.2").joinsControlPlane(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("joinsControlPlane: ");
    assertThatThrownBy(() -> controlPlane("v1.20.2").certificateKey("ABC").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("certificateKey: ");
  }

  @Test
  void byDefaultTheControllerManagerAllocatesPodRangesAndControlPlanesAreTainted() {
    RenderedConfig config = render(controlPlane("v1.20.2"));

    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/allocate-node-cidrs").isMissingNode())
        .isTrue();
    assertThat(config.at("InitConfiguration", "/nodeRegistration/taints").isMissingNode())
        .as("absent taints let kubeadm add the control-plane taint").isTrue();
  }

  @Test
  void aPodNetworkWithItsOwnRangesAndAClusterWithoutWorkersTurnBothOff() {
    RenderedConfig config = render(controlPlane("v1.20.2").allocateNodeCidrs(false).controlPlaneTaint(false));

    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/allocate-node-cidrs").asText())
        .isEqualTo("false");
    JsonNode taints = config.at("InitConfiguration", "/nodeRegistration/taints");
    assertThat(taints.isArray() && taints.isEmpty()).as("an empty list means no taint to kubeadm").isTrue();
    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/leader-elect").isMissingNode()).isTrue();
    JsonNode v1beta3 = render(controlPlane("v1.23.4").allocateNodeCidrs(false))
        .at("ClusterConfiguration", "/controllerManager/extraArgs");
    assertThat(v1beta3.toString()).contains("allocate-node-cidrs");
  }

  @Test
  void clusterConfigurationNamesTheClusterItsEndpointAndNetworks() {
    JsonNode cluster = render(controlPlane("v1.23.4").certSans("kind.example", "127.0.0.1"))
        .get("ClusterConfiguration");

    assertThat(cluster.path("kubernetesVersion").asText()).isEqualTo("v1.23.4");
    assertThat(cluster.path("clusterName").asText()).isEqualTo("demo");
    assertThat(cluster.path("controlPlaneEndpoint").asText()).isEqualTo("demo-control-plane:6443");
    assertThat(texts(cluster.at("/apiServer/certSANs"))).containsExactly("localhost", "127.0.0.1", "kind.example");
    assertThat(cluster.at("/networking/podSubnet").asText()).isEqualTo("10.244.0.0/16");
    assertThat(cluster.at("/networking/serviceSubnet").asText()).isEqualTo("10.96.0.0/16");
    assertThat(cluster.at("/networking/dnsDomain").asText()).isEqualTo("cluster.local");
    assertThat(cluster.at("/controllerManager/extraArgs/enable-hostpath-provisioner").isTextual()).isTrue();
    assertThat(cluster.at("/controllerManager/extraArgs/enable-hostpath-provisioner").asText()).isEqualTo("true");
    assertThat(cluster.has("featureGates")).isFalse();
    assertThat(cluster.has("imageRepository")).isFalse();
    assertThat(cluster.has("etcd")).isFalse();
    assertThat(cluster.has("dns")).isFalse();
    assertThat(cluster.at("/apiServer/extraArgs").isMissingNode()).as("no runtime config, no gates, no args").isTrue();
  }

  @Test
  void initConfigurationAdvertisesTheNodeAndRegistersItWithContainerd() {
    JsonNode init = render(controlPlane("v1.25.3").nodeLabels(Map.of("tier", "db", "app", "x")))
        .get("InitConfiguration");

    assertThat(init.at("/bootstrapTokens/0/token").asText()).isEqualTo("abcdef.0123456789abcdef");
    assertThat(init.at("/localAPIEndpoint/advertiseAddress").asText()).isEqualTo("172.18.0.2");
    assertThat(init.at("/localAPIEndpoint/bindPort").isInt()).isTrue();
    assertThat(init.at("/localAPIEndpoint/bindPort").asInt()).isEqualTo(6443);
    assertThat(init.at("/nodeRegistration/criSocket").asText()).isEqualTo("unix:///run/containerd/containerd.sock");
    assertThat(init.at("/nodeRegistration/name").asText()).isEqualTo("demo-control-plane");
    JsonNode kubeletArgs = init.at("/nodeRegistration/kubeletExtraArgs");
    assertThat(kubeletArgs.path("node-ip").asText()).isEqualTo("172.18.0.2");
    assertThat(kubeletArgs.path("provider-id").asText()).isEqualTo("kind://docker/demo/demo-control-plane");
    assertThat(kubeletArgs.path("node-labels").asText()).isEqualTo("app=x,tier=db");
    assertThat(texts(init.path("skipPhases"))).containsExactly("preflight");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1.23.0", "v1.35.2"})
  void kubernetes123To135RenderV1beta3(String version) {
    RenderedConfig config = render(controlPlane(version));

    assertThat(config.at("ClusterConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta3");
    assertThat(config.at("InitConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta3");
    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs").isObject()).isTrue();
    assertThat(config.at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs").isObject()).isTrue();
    assertThat(config.at("ClusterConfiguration", "/featureGates").isMissingNode()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1.36.0", "v1.36.0-alpha.1+abc"})
  void kubernetes136RendersV1beta4WithArgumentLists(String version) {
    RenderedConfig config = render(controlPlane(version).featureGate("Foo", true));

    assertThat(config.at("ClusterConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta4");
    assertThat(config.at("InitConfiguration", "/apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta4");
    assertThat(arguments(config.at("ClusterConfiguration", "/controllerManager/extraArgs")))
        .containsExactly(Map.entry("feature-gates", "Foo=true"), Map.entry("enable-hostpath-provisioner", "true"));
    assertThat(arguments(config.at("ClusterConfiguration", "/apiServer/extraArgs")))
        .containsExactly(Map.entry("feature-gates", "Foo=true"));
    assertThat(arguments(config.at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs")))
        .containsExactly(Map.entry("node-ip", "172.18.0.2"),
            Map.entry("provider-id", "kind://docker/demo/demo-control-plane"));
    assertThat(texts(config.at("InitConfiguration", "/skipPhases"))).containsExactly("preflight");
  }

  @Test
  void oneControlPlaneNeedsNoLeaderElection() {
    RenderedConfig config = render(controlPlane("v1.20.2").leaderElection(false));

    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/leader-elect").asText()).isEqualTo("false");
    assertThat(config.at("ClusterConfiguration", "/scheduler/extraArgs/leader-elect").asText()).isEqualTo("false");
  }

  @Test
  void kubeletBefore124PointsCadvisorAtTheDockerInfoResponderAndLaterOnesHaveNoSuchFlag() {
    String endpoint = "unix:///run/kind4j-docker-info.sock";

    assertThat(render(worker("v1.20.2").cadvisorDockerEndpoint(endpoint))
        .at("JoinConfiguration", "/nodeRegistration/kubeletExtraArgs/docker").asText()).isEqualTo(endpoint);
    assertThat(render(controlPlane("v1.23.4").cadvisorDockerEndpoint(endpoint))
        .at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs/docker").asText()).isEqualTo(endpoint);
    assertThat(render(controlPlane("v1.24.0").cadvisorDockerEndpoint(endpoint))
        .at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs/docker").isMissingNode()).isTrue();
    assertThat(render(controlPlane("v1.20.2"))
        .at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs/docker").isMissingNode()).isTrue();
  }

  @Test
  void kubeletIsConfiguredForANodeContainer() {
    JsonNode kubelet = render(controlPlane("v1.20.2")).get("KubeletConfiguration");

    assertThat(kubelet.path("apiVersion").asText()).isEqualTo("kubelet.config.k8s.io/v1beta1");
    assertThat(kubelet.path("cgroupDriver").asText()).isEqualTo("systemd");
    assertThat(kubelet.path("cgroupRoot").asText()).isEqualTo("/kubelet");
    assertThat(kubelet.path("failSwapOn").isBoolean()).isTrue();
    assertThat(kubelet.path("failSwapOn").asBoolean()).isFalse();
    assertThat(kubelet.path("imageGCHighThresholdPercent").asInt()).isEqualTo(100);
    JsonNode eviction = kubelet.path("evictionHard");
    assertThat(eviction.path("nodefs.available").asText()).isEqualTo("0%");
    assertThat(eviction.path("nodefs.inodesFree").asText()).isEqualTo("0%");
    assertThat(eviction.path("imagefs.available").asText()).isEqualTo("0%");
    assertThat(kubelet.has("featureGates")).isFalse();
    assertThat(kubelet.has("address")).isFalse();
  }

  @Test
  void kubeProxyNeverTouchesHostGlobalConntrackSettings() {
    JsonNode proxy = render(controlPlane("v1.20.2")).get("KubeProxyConfiguration");

    assertThat(proxy.path("apiVersion").asText()).isEqualTo("kubeproxy.config.k8s.io/v1alpha1");
    assertThat(proxy.path("mode").asText()).isEqualTo("iptables");
    assertThat(proxy.at("/conntrack/maxPerCore").isInt()).isTrue();
    assertThat(proxy.at("/conntrack/maxPerCore").asInt()).isZero();
    assertThat(proxy.at("/conntrack/tcpEstablishedTimeout").isMissingNode()).isTrue();
    assertThat(proxy.at("/conntrack/tcpCloseWaitTimeout").isMissingNode()).isTrue();
    assertThat(proxy.at("/conntrack/tcpBeLiberal").isMissingNode()).isTrue();
    assertThat(proxy.at("/iptables/minSyncPeriod").asText()).isEqualTo("1s");
  }

  @Test
  void nftablesKubeProxyIsLiberalAboutTcp() {
    JsonNode proxy = render(controlPlane("v1.31.0").kubeProxyMode(KubeProxyMode.NFTABLES)).get("KubeProxyConfiguration");

    assertThat(proxy.path("mode").asText()).isEqualTo("nftables");
    assertThat(proxy.at("/conntrack/tcpBeLiberal").asBoolean()).isTrue();
  }

  @Test
  void withoutKubeProxyItsConfigAndAddonAreLeftOut() {
    KubeadmInputBuilder builder = controlPlane("v1.30.0").kubeProxyMode(KubeProxyMode.NONE).skipInitPhases("addon/coredns");
    RenderedConfig config = render(builder);

    assertThat(config.kinds()).containsExactly("ClusterConfiguration", "InitConfiguration", "KubeletConfiguration");
    assertThat(texts(config.at("InitConfiguration", "/skipPhases")))
        .containsExactly("preflight", "addon/kube-proxy", "addon/coredns");
    assertThat(KubeadmConfig.skipPhases(builder.build())).containsExactly("preflight", "addon/kube-proxy", "addon/coredns");
  }

  @Test
  void v1beta2SkipPhasesAreOnlyReturnedForTheCommandLine() {
    KubeadmInput input = controlPlane("v1.20.2").skipInitPhases("addon/coredns", "preflight").build();

    assertThat(KubeadmConfig.skipPhases(input)).containsExactly("preflight", "addon/coredns");
    assertThat(RenderedConfig.parse(KubeadmConfig.render(input)).at("InitConfiguration", "/skipPhases").isMissingNode())
        .isTrue();
  }

  @Test
  void workerRendersAJoinConfiguration() {
    RenderedConfig config = render(worker("v1.25.3").nodeLabels(Map.of("zone", "a")));

    assertThat(config.kinds()).containsExactly("JoinConfiguration", "KubeletConfiguration", "KubeProxyConfiguration");
    JsonNode join = config.get("JoinConfiguration");
    assertThat(join.path("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta3");
    assertThat(join.at("/discovery/bootstrapToken/apiServerEndpoint").asText()).isEqualTo("demo-control-plane:6443");
    assertThat(join.at("/discovery/bootstrapToken/token").asText()).isEqualTo("abcdef.0123456789abcdef");
    assertThat(join.at("/discovery/bootstrapToken/unsafeSkipCAVerification").asBoolean()).isTrue();
    assertThat(join.at("/nodeRegistration/criSocket").asText()).isEqualTo("unix:///run/containerd/containerd.sock");
    assertThat(join.at("/nodeRegistration/name").asText()).isEqualTo("demo-worker");
    assertThat(join.at("/nodeRegistration/kubeletExtraArgs/node-ip").asText()).isEqualTo("172.18.0.3");
    assertThat(join.at("/nodeRegistration/kubeletExtraArgs/provider-id").asText())
        .isEqualTo("kind://docker/demo/demo-worker");
    assertThat(join.at("/nodeRegistration/kubeletExtraArgs/node-labels").asText()).isEqualTo("zone=a");
    assertThat(join.has("controlPlane")).isFalse();
    assertThat(texts(join.path("skipPhases"))).containsExactly("preflight");
  }

  @Test
  void workerJoinShapesFollowTheApiVersion() {
    JsonNode v1beta2 = render(worker("v1.20.2").skipInitPhases("addon/coredns")).get("JoinConfiguration");
    JsonNode v1beta4 = render(worker("v1.36.1")).get("JoinConfiguration");

    assertThat(v1beta2.path("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta2");
    assertThat(v1beta2.has("skipPhases")).isFalse();
    assertThat(v1beta4.path("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta4");
    assertThat(arguments(v1beta4.at("/nodeRegistration/kubeletExtraArgs")))
        .containsExactly(Map.entry("node-ip", "172.18.0.3"), Map.entry("provider-id", "kind://docker/demo/demo-worker"));
    assertThat(texts(v1beta4.path("skipPhases"))).as("init-only phases stay out of join").containsExactly("preflight");
  }

  @Test
  void featureGatesAndRuntimeConfigReachEveryComponent() {
    Map<String, Boolean> gates = new LinkedHashMap<>();
    gates.put("Zeta", false);
    gates.put("Alpha", true);
    RenderedConfig config = render(controlPlane("v1.28.0")
        .featureGates(gates)
        .runtimeConfig(Map.of("api/alpha", "false", "api/beta", "true")));

    JsonNode cluster = config.get("ClusterConfiguration");
    assertThat(cluster.at("/apiServer/extraArgs/feature-gates").asText()).isEqualTo("Alpha=true,Zeta=false");
    assertThat(cluster.at("/apiServer/extraArgs/runtime-config").asText()).isEqualTo("api/alpha=false,api/beta=true");
    assertThat(cluster.at("/controllerManager/extraArgs/feature-gates").asText()).isEqualTo("Alpha=true,Zeta=false");
    assertThat(cluster.at("/scheduler/extraArgs/feature-gates").asText()).isEqualTo("Alpha=true,Zeta=false");
    assertThat(cluster.has("featureGates")).as("kubeadm's own gates are not the components'").isFalse();
    for (String kind : List.of("KubeletConfiguration", "KubeProxyConfiguration")) {
      JsonNode featureGates = config.at(kind, "/featureGates");
      assertThat(featureGates.path("Alpha").isBoolean()).as(kind).isTrue();
      assertThat(featureGates.path("Alpha").asBoolean()).as(kind).isTrue();
      assertThat(featureGates.path("Zeta").asBoolean(true)).as(kind).isFalse();
    }
    assertThat(config.at("KubeletConfiguration", "/featureGates").fieldNames()).toIterable().containsExactly("Alpha", "Zeta");
  }

  @Test
  void imageOverridesNameEtcdDnsAndTheControlPlaneRepository() {
    JsonNode cluster = render(controlPlane("v1.20.2")
        .imageRepository("kind4j")
        .etcdImage(new ImageOverride("kind4j", "3.4.23-0"))
        .dnsImage(new ImageOverride("kind4j/coredns", "1.7.0")))
        .get("ClusterConfiguration");

    assertThat(cluster.path("imageRepository").asText()).isEqualTo("kind4j");
    assertThat(cluster.at("/etcd/local/imageRepository").asText()).isEqualTo("kind4j");
    assertThat(cluster.at("/etcd/local/imageTag").asText()).isEqualTo("3.4.23-0");
    assertThat(cluster.at("/dns/imageRepository").asText()).isEqualTo("kind4j/coredns");
    assertThat(cluster.at("/dns/imageTag").asText()).isEqualTo("1.7.0");
  }

  @Test
  void ipv6BindsComponentsToIpv6Addresses() {
    RenderedConfig config = render(controlPlane("v1.29.0")
        .ipFamily(IpFamily.IPV6)
        .node("demo-control-plane", NodeRole.CONTROL_PLANE, "fc00:f853:ccd:e793::2")
        .controlPlaneEndpoint("[fc00:f853:ccd:e793::2]:6443"));

    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/bind-address").asText()).isEqualTo("::");
    assertThat(config.at("ClusterConfiguration", "/scheduler/extraArgs/bind-address").asText()).isEqualTo("::1");
    assertThat(config.at("ClusterConfiguration", "/networking/podSubnet").asText()).isEqualTo("fd00:10:244::/56");
    assertThat(config.at("KubeletConfiguration", "/address").asText()).isEqualTo("::");
    assertThat(config.at("KubeletConfiguration", "/healthzBindAddress").asText()).isEqualTo("::");
  }

  @Test
  void dualStackAdvertisesThePrimaryAddress() {
    RenderedConfig config = render(controlPlane("v1.29.0")
        .ipFamily(IpFamily.DUAL)
        .node("demo-control-plane", NodeRole.CONTROL_PLANE, "172.18.0.2,fc00::2"));

    assertThat(config.at("InitConfiguration", "/localAPIEndpoint/advertiseAddress").asText()).isEqualTo("172.18.0.2");
    assertThat(config.at("InitConfiguration", "/nodeRegistration/kubeletExtraArgs/node-ip").asText())
        .isEqualTo("172.18.0.2,fc00::2");
    assertThat(config.at("ClusterConfiguration", "/networking/serviceSubnet").asText())
        .isEqualTo("10.96.0.0/16,fd00:10:96::/112");
    assertThat(config.at("ClusterConfiguration", "/controllerManager/extraArgs/bind-address").isMissingNode()).isTrue();
  }

  @Test
  void invalidInputNamesTheField() {
    assertThatThrownBy(() -> controlPlane("v1.20.2").controlPlaneEndpoint("no-port").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controlPlaneEndpoint");
    assertThatThrownBy(() -> controlPlane("v1.20.2").token("secret").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    assertThatThrownBy(() -> controlPlane("v1.20.2").node("n", null, "10.0.0.1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    assertThatThrownBy(() -> KubeadmInput.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kubernetesVersion");
    assertThatThrownBy(() -> controlPlane("v1.20.2").cgroupDriver("none").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cgroupDriver");
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  /** A v1beta4 argument list as ordered entries. */
  static List<Map.Entry<String, String>> arguments(JsonNode list) {
    assertThat(list.isArray()).as("v1beta4 arguments are a list: %s", list).isTrue();
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    list.forEach(item -> entries.add(Map.entry(item.path("name").asText(), item.path("value").asText())));
    return entries;
  }
}
