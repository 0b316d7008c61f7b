package dev.kind4j.impl.cluster.kubeconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.KindException;
import java.util.Map;

/**
 * kind's changes to a kubeconfig tree. They touch only the entries named {@code kind-<name>} and
 * {@code current-context}; every other entry and unknown field stays as it was.
 */
public final class KubeconfigEdits {

  private KubeconfigEdits() {}

  /**
   * Puts the cluster's cluster, user and context into {@code target}, replacing entries of the same
   * name in place or appending them, and makes its context current. Top-level fields the target
   * lacks, such as {@code apiVersion} and {@code kind}, are taken from the cluster's kubeconfig.
   */
  public static void merge(ObjectNode target, ClusterKubeconfig cluster) {
    for (Map.Entry<String, JsonNode> field : cluster.config().properties()) {
      String name = field.getKey();
      if (ClusterKubeconfig.ENTRY_LISTS.contains(name)) {
        field.getValue().forEach(entry -> put(list(target, name), entry));
      } else if (name.equals("current-context") || !target.has(name)) {
        target.set(name, field.getValue());
      }
    }
  }

  /**
   * Removes the cluster, user and context named {@code kind-<clusterName>}, and {@code
   * current-context} if it names that context.
   *
   * @return whether anything was removed
   */
  public static boolean remove(ObjectNode target, String clusterName) {
    String name = ClusterKubeconfig.contextName(clusterName);
    boolean removed = false;
    for (String listName : ClusterKubeconfig.ENTRY_LISTS) {
      if (target.has(listName) && !target.get(listName).isNull()) {
        ArrayNode entries = list(target, listName);
        for (int i = entries.size() - 1; i >= 0; i--) {
          if (name.equals(entries.get(i).path("name").asText(null))) {
            entries.remove(i);
            removed = true;
          }
        }
      }
    }
    if (name.equals(target.path("current-context").asText(null))) {
      target.remove("current-context");
      removed = true;
    }
    return removed;
  }

  /** Replaces every entry named as {@code entry} is, or appends it if there is none. */
  private static void put(ArrayNode entries, JsonNode entry) {
    String name = entry.path("name").asText();
    boolean replaced = false;
    for (int i = 0; i < entries.size(); i++) {
      if (name.equals(entries.get(i).path("name").asText(null))) {
        entries.set(i, entry.deepCopy());
        replaced = true;
      }
    }
    if (!replaced) {
      entries.add(entry.deepCopy());
    }
  }

  private static ArrayNode list(ObjectNode config, String name) {
    JsonNode list = config.get(name);
    if (list == null || list.isNull()) {
      return config.putArray(name);
    }
    if (!list.isArray()) {
      throw new KindException("the kubeconfig's '" + name + "' is not a list but " + list.getNodeType()
          + "; fix or move the file");
    }
    return (ArrayNode) list;
  }
}
