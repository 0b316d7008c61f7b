package dev.kind4j.impl.cluster.kubeadm;

import dev.kind4j.config.IpFamily;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.impl.util.Yaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds kubeadm's own documents, Cluster-, Init- and JoinConfiguration, for one node. */
final class KubeadmDocuments {

  private final KubeadmInput input;
  private final KubeadmApiVersion api;

  KubeadmDocuments(KubeadmInput input) {
    this.input = input;
    this.api = KubeadmApiVersion.forKubernetes(input.kubernetesVersion());
  }

  ObjectNode clusterConfiguration() {
    ObjectNode doc = fromTemplate("cluster-configuration.yaml");
    doc.put("kubernetesVersion", input.kubernetesVersion().toString());
    doc.put("clusterName", input.clusterName());
    if (input.kubernetesVersion().isAtLeast(1, 20) && !input.kubernetesVersion().isAtLeast(1, 21)) {
      // kubeadm 1.20 gates dual stack separately; kind enables it for 1.20 only.
      doc.putObject("featureGates").put("IPv6DualStack", true);
    }
    doc.put("controlPlaneEndpoint", input.controlPlaneEndpoint());
    input.imageRepository().ifPresent(repository -> doc.put("imageRepository", repository));

    ObjectNode apiServer = doc.putObject("apiServer");
    ArrayNode sans = apiServer.putArray("certSANs").add("localhost");
    input.certSans().stream().distinct().filter(san -> !san.equals("localhost")).forEach(sans::add);
    Map<String, String> apiServerArgs = new LinkedHashMap<>();
    if (!input.runtimeConfig().isEmpty()) {
      apiServerArgs.put("runtime-config", joined(input.runtimeConfig()));
    }
    apiServerArgs.putAll(featureGateArgs());
    api.putExtraArgs(apiServer, "extraArgs", apiServerArgs);

    Map<String, String> controllerManagerArgs = new LinkedHashMap<>(featureGateArgs());
    controllerManagerArgs.put("enable-hostpath-provisioner", "true");
    if (!input.allocateNodeCidrs()) {
      controllerManagerArgs.put("allocate-node-cidrs", "false");
    }
    Map<String, String> schedulerArgs = new LinkedHashMap<>(featureGateArgs());
    if (!input.leaderElection()) {
      controllerManagerArgs.put("leader-elect", "false");
      schedulerArgs.put("leader-elect", "false");
    }
    if (input.ipFamily() == IpFamily.IPV6) {
      controllerManagerArgs.put("bind-address", "::");
      schedulerArgs.put("bind-address", "::1");
    }
    api.putExtraArgs(doc.putObject("controllerManager"), "extraArgs", controllerManagerArgs);
    api.putExtraArgs(doc.putObject("scheduler"), "extraArgs", schedulerArgs);

    doc.putObject("networking")
        .put("podSubnet", input.podSubnet())
        .put("serviceSubnet", input.serviceSubnet())
        .put("dnsDomain", input.dnsDomain());
    input.etcdImage().ifPresent(image -> putImage(doc.putObject("etcd").putObject("local"), image));
    input.dnsImage().ifPresent(image -> putImage(doc.putObject("dns"), image));
    return doc;
  }

  ObjectNode initConfiguration(List<String> skipPhases) {
    ObjectNode doc = fromTemplate("init-configuration.yaml");
    doc.putArray("bootstrapTokens").addObject().put("token", input.token());
    doc.putObject("localAPIEndpoint")
        .put("advertiseAddress", input.advertiseAddress())
        .put("bindPort", input.apiBindPort());
    putNodeRegistration(doc);
    putTaints(doc);
    input.certificateKey().ifPresent(key -> doc.put("certificateKey", key));
    putSkipPhases(doc, skipPhases);
    return doc;
  }

  ObjectNode joinConfiguration(List<String> skipPhases) {
    ObjectNode doc = fromTemplate("join-configuration.yaml");
    putNodeRegistration(doc);
    ((ObjectNode) doc.path("discovery").path("bootstrapToken"))
        .put("apiServerEndpoint", input.controlPlaneEndpoint())
        .put("token", input.token());
    if (input.joinsControlPlane()) {
      putTaints(doc);
      ObjectNode controlPlane = doc.putObject("controlPlane");
      controlPlane.putObject("localAPIEndpoint")
          .put("advertiseAddress", input.advertiseAddress())
          .put("bindPort", input.apiBindPort());
      controlPlane.put("certificateKey", input.certificateKey().orElseThrow());
    }
    putSkipPhases(doc, skipPhases);
    return doc;
  }

  private ObjectNode fromTemplate(String name) {
    ObjectNode doc = Yaml.object().put("apiVersion", api.apiVersion());
    doc.setAll(Yaml.resource(KubeadmDocuments.class, name));
    return doc;
  }

  private void putNodeRegistration(ObjectNode doc) {
    ObjectNode registration = (ObjectNode) doc.path("nodeRegistration");
    registration.put("name", input.nodeName());
    Map<String, String> kubeletArgs = new LinkedHashMap<>();
    kubeletArgs.put("node-ip", input.nodeIp());
    kubeletArgs.put("provider-id", "kind://docker/" + input.clusterName() + "/" + input.nodeName());
    if (!input.nodeLabels().isEmpty()) {
      kubeletArgs.put("node-labels", joined(input.nodeLabels()));
    }
    if (!input.kubernetesVersion().isAtLeast(1, 24)) {
      input.cadvisorDockerEndpoint().ifPresent(endpoint -> kubeletArgs.put("docker", endpoint));
    }
    api.putExtraArgs(registration, "kubeletExtraArgs", kubeletArgs);
  }

  /** No taints for a control plane that must run workloads; kubeadm's own taint otherwise. */
  private void putTaints(ObjectNode doc) {
    if (!input.controlPlaneTaint()) {
      ((ObjectNode) doc.path("nodeRegistration")).putArray("taints");
    }
  }

  private void putSkipPhases(ObjectNode doc, List<String> phases) {
    if (api.hasSkipPhases() && !phases.isEmpty()) {
      ArrayNode list = doc.putArray("skipPhases");
      phases.forEach(list::add);
    }
  }

  private Map<String, String> featureGateArgs() {
    return input.featureGates().isEmpty() ? Map.of() : Map.of("feature-gates", joined(input.featureGates()));
  }

  private static void putImage(ObjectNode parent, ImageOverride image) {
    parent.put("imageRepository", image.repository()).put("imageTag", image.tag());
  }

  /** {@code a=1,b=2}, in the map's order. */
  private static String joined(Map<String, ?> entries) {
    return entries.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }
}
