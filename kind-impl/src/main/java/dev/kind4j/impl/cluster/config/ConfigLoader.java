package dev.kind4j.impl.cluster.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.KindException;
import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.InvalidConfigException;
import dev.kind4j.config.InvalidConfigException.Problem;
import dev.kind4j.config.IpFamily;
import dev.kind4j.config.KubeProxyMode;
import dev.kind4j.config.Mount;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.config.Networking;
import dev.kind4j.config.NodeConfig;
import dev.kind4j.config.PatchJson6902;
import dev.kind4j.config.PortMapping;
import dev.kind4j.config.PortProtocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads kind's {@code kind.x-k8s.io/v1alpha4} {@code Cluster} config from YAML as strictly as kind does: unknown
 * fields, values of the wrong type and unknown enum values are errors. Only the first YAML document is read.
 * Nothing is defaulted or validated here; see {@link ConfigDefaults} and {@link ConfigValidator}.
 */
public final class ConfigLoader {

  /** The only {@code kind} accepted. */
  public static final String KIND = "Cluster";
  /** The only {@code apiVersion} accepted. */
  public static final String API_VERSION = "kind.x-k8s.io/v1alpha4";

  private ConfigLoader() {}

  /** Reads the config in {@code file}. */
  public static ClusterConfig load(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (IOException e) {
      throw new KindException("cannot read the cluster config " + file + ": " + e.getMessage(), e);
    }
    return load(yaml);
  }

  /**
   * Reads the config in {@code yaml}.
   *
   * @throws InvalidConfigException listing every problem, each with its field path
   */
  public static ClusterConfig load(String yaml) {
    JsonNode root = parse(yaml);
    Problems problems = new Problems();
    expect(root, "kind", KIND, problems);
    expect(root, "apiVersion", API_VERSION, problems);
    problems.throwIfAny();
    ClusterConfig config = YamlMapping.read(root, problems, ConfigLoader::cluster);
    problems.throwIfAny();
    return config;
  }

  private static JsonNode parse(String yaml) {
    JsonNode root;
    try {
      root = Yaml.MAPPER.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw invalid(Yaml.syntaxError(e) + "; fix the YAML syntax there");
    }
    if (!root.isObject()) {
      throw invalid("expected a mapping starting with 'kind: " + KIND + "' and 'apiVersion: " + API_VERSION
          + "', got " + Yaml.describe(root));
    }
    return root;
  }

  private static InvalidConfigException invalid(String documentProblem) {
    return new InvalidConfigException(List.of(new Problem("", documentProblem)));
  }

  private static void expect(JsonNode root, String field, String accepted, Problems problems) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      problems.add(field, "missing; add '" + field + ": " + accepted + "'");
    } else if (!value.asText().equals(accepted)) {
      problems.add(field, "'" + value.asText() + "' is not supported; use '" + field + ": " + accepted + "'");
    }
  }

  private static ClusterConfig cluster(YamlMapping cluster) {
    cluster.skip("kind", "apiVersion");
    return new ClusterConfig(
        cluster.string("name"),
        cluster.list("nodes", ConfigLoader::node),
        cluster.mapping("networking", ConfigLoader::networking),
        cluster.booleanMap("featureGates"),
        cluster.stringMap("runtimeConfig"),
        cluster.stringList("kubeadmConfigPatches"),
        cluster.list("kubeadmConfigPatchesJSON6902", ConfigLoader::patch),
        cluster.stringList("containerdConfigPatches"),
        cluster.stringList("containerdConfigPatchesJSON6902"));
  }

  private static NodeConfig node(YamlMapping node) {
    return new NodeConfig(
        node.oneOf("role", NodeRole.values(), NodeRole::label),
        node.string("image"),
        node.stringMap("labels"),
        node.list("extraMounts", ConfigLoader::mount),
        node.list("extraPortMappings", ConfigLoader::portMapping),
        node.stringList("kubeadmConfigPatches"),
        node.list("kubeadmConfigPatchesJSON6902", ConfigLoader::patch));
  }

  private static Networking networking(YamlMapping networking) {
    return new Networking(
        networking.oneOf("ipFamily", IpFamily.values(), IpFamily::value),
        networking.string("apiServerAddress"),
        networking.integer("apiServerPort"),
        networking.string("podSubnet"),
        networking.string("serviceSubnet"),
        networking.bool("disableDefaultCNI"),
        networking.oneOf("kubeProxyMode", KubeProxyMode.values(), KubeProxyMode::value),
        networking.stringList("dnsSearch"));
  }

  private static Mount mount(YamlMapping mount) {
    return new Mount(
        mount.string("hostPath"),
        mount.string("containerPath"),
        mount.bool("readOnly"),
        mount.bool("selinuxRelabel"),
        mount.oneOf("propagation", MountPropagation.values(), MountPropagation::value));
  }

  private static PortMapping portMapping(YamlMapping mapping) {
    return new PortMapping(
        mapping.integer("containerPort"),
        mapping.integer("hostPort"),
        mapping.string("listenAddress"),
        mapping.oneOf("protocol", PortProtocol.values(), PortProtocol::value));
  }

  private static PatchJson6902 patch(YamlMapping patch) {
    return new PatchJson6902(
        patch.string("group"), patch.string("version"), patch.string("kind"), patch.string("patch"));
  }
}
