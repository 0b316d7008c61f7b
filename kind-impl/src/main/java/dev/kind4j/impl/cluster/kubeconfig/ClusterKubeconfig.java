package dev.kind4j.impl.cluster.kubeconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.Yaml;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One kind cluster's kubeconfig: a single cluster, user and context, all named {@code kind-<name>},
 * and that context current.
 *
 * @param clusterName the kind cluster's name, such as {@code kind}
 * @param config the kubeconfig; a copy is kept and a copy is handed out
 */
public record ClusterKubeconfig(String clusterName, ObjectNode config) {

  static final List<String> ENTRY_LISTS = List.of("clusters", "users", "contexts");

  public ClusterKubeconfig {
    if (clusterName == null || clusterName.isBlank()) {
      throw new IllegalArgumentException("clusterName must not be empty");
    }
    config = Objects.requireNonNull(config, "config").deepCopy();
  }

  /**
   * Takes kubeadm's {@code admin.conf} and names its cluster, user and context {@code kind-<name>};
   * {@code server}, if not null, replaces the API server's address, such as {@code https://127.0.0.1:40537}.
   *
   * @throws KindException if it is not YAML or does not hold exactly one cluster, user and context
   */
  public static ClusterKubeconfig fromKubeadm(String adminConf, String clusterName, String server) {
    JsonNode parsed;
    try {
      parsed = Yaml.read(adminConf);
    } catch (IOException e) {
      throw new KindException("kubeadm's kubeconfig is not valid YAML: " + e.getMessage(), e);
    }
    if (!parsed.isObject()) {
      throw new KindException("kubeadm's kubeconfig is not a YAML mapping");
    }
    ObjectNode config = (ObjectNode) parsed;
    for (String list : ENTRY_LISTS) {
      if (config.path(list).size() != 1 || !config.path(list).get(0).isObject()) {
        throw new KindException("kubeadm's kubeconfig should have exactly one entry in " + list
            + ", but has " + config.path(list).size());
      }
    }
    String name = contextName(clusterName);
    for (String list : ENTRY_LISTS) {
      ((ObjectNode) config.path(list).get(0)).put("name", name);
    }
    ObjectNode context = ((ObjectNode) config.path("contexts").get(0)).withObjectProperty("context");
    context.put("cluster", name).put("user", name);
    if (server != null) {
      ((ObjectNode) config.path("clusters").get(0)).withObjectProperty("cluster").put("server", server);
    }
    config.put("current-context", name);
    return new ClusterKubeconfig(clusterName, config);
  }

  /**
   * This kubeconfig with the API server's certificate checked against {@code name} rather than the server's host,
   * for a server reached by a name its certificate does not hold.
   */
  public ClusterKubeconfig withTlsServerName(String name) {
    ObjectNode copy = config.deepCopy();
    ((ObjectNode) copy.path("clusters").get(0)).withObjectProperty("cluster").put("tls-server-name", name);
    return new ClusterKubeconfig(clusterName, copy);
  }

  /** The name kind gives a cluster's kubeconfig entries and context: {@code kind-<clusterName>}. */
  public static String contextName(String clusterName) {
    return "kind-" + clusterName;
  }

  /** This cluster's {@link #contextName(String)}. */
  public String contextName() {
    return contextName(clusterName);
  }

  @Override
  public ObjectNode config() {
    return config.deepCopy();
  }

  /** The kubeconfig as YAML, as {@code kind get kubeconfig} prints it. */
  public String toYaml() {
    return Yaml.write(config);
  }
}
