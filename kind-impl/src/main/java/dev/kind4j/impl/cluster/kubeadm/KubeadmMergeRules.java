package dev.kind4j.impl.cluster.kubeadm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * kind's kubeadm-aware steps before a merge patch: they merge certificate names and v1beta4's
 * argument lists into the target by hand, then drop them from the patch, which a plain RFC 7386
 * merge would otherwise let replace whole lists.
 *
 * <ul>
 *   <li>{@code certSANs} anywhere: the patch's names are added to the target's, not swapped for them.
 *   <li>{@code extraArgs} and {@code kubeletExtraArgs} in a v1beta4 target: entries merge by {@code
 *       name}; a {@code null} or missing {@code value} removes one. A patch without {@code apiVersion}
 *       may still give them as a v1beta3-style map.
 * </ul>
 */
final class KubeadmMergeRules {

  private static final List<String> ARGUMENT_FIELDS = List.of("extraArgs", "kubeletExtraArgs");

  private KubeadmMergeRules() {}

  /** Merges the special fields of {@code patch} into {@code target} and removes them from {@code patch}. */
  static void apply(ObjectNode target, ObjectNode patch, boolean argumentLists, boolean patchHasApiVersion) {
    for (String field : patch.properties().stream().map(Map.Entry::getKey).toList()) {
      JsonNode value = patch.get(field);
      if (ARGUMENT_FIELDS.contains(field)) {
        if (argumentLists) {
          target.set(field, mergedArguments(field, target.get(field), value, patchHasApiVersion));
          patch.remove(field);
        }
      } else if (field.equals("certSANs")) {
        target.set(field, mergedNames(target.get(field), value));
        patch.remove(field);
      } else if (value.isObject()) {
        JsonNode child = target.has(field) ? target.get(field) : target.putObject(field);
        if (child.isObject()) {
          apply((ObjectNode) child, (ObjectNode) value, argumentLists, patchHasApiVersion);
        }
      }
    }
  }

  private static ArrayNode mergedArguments(String field, JsonNode target, JsonNode patch, boolean patchHasApiVersion) {
    ArrayNode merged = asArgumentList(target);
    if (patch.isObject() && patchHasApiVersion) {
      throw new IllegalArgumentException(field + " must be a list of {name, value} in kubeadm.k8s.io/v1beta4;"
          + " give it as a list, or leave apiVersion out of the patch to have a map converted");
    }
    if (!patch.isObject() && !patch.isArray()) {
      throw new IllegalArgumentException(field + " must be a list of {name, value}, not " + patch.getNodeType());
    }
    for (JsonNode entry : asArgumentList(patch)) {
      String name = entry.path("name").asText("");
      if (name.isEmpty()) {
        throw new IllegalArgumentException(field + " has an entry without a name: " + entry);
      }
      JsonNode value = entry.get("value");
      int at = indexOf(merged, name);
      if (value == null || value.isNull()) {
        if (at >= 0) {
          merged.remove(at);
        }
      } else if (at >= 0) {
        ((ObjectNode) merged.get(at)).set("value", value);
      } else {
        merged.addObject().put("name", name).set("value", value);
      }
    }
    return merged;
  }

  /** A copy of a v1beta4 argument list, or a v1beta3 argument map converted to one. */
  private static ArrayNode asArgumentList(JsonNode arguments) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    if (arguments != null && arguments.isArray()) {
      arguments.forEach(entry -> list.add(entry.deepCopy()));
    } else if (arguments != null && arguments.isObject()) {
      arguments.properties().forEach(e -> list.addObject().put("name", e.getKey()).set("value", e.getValue()));
    }
    return list;
  }

  private static int indexOf(ArrayNode arguments, String name) {
    for (int i = 0; i < arguments.size(); i++) {
      if (name.equals(arguments.get(i).path("name").asText(null))) {
        return i;
      }
    }
    return -1;
  }

  private static ArrayNode mergedNames(JsonNode target, JsonNode patch) {
    if (!patch.isArray()) {
      throw new IllegalArgumentException("certSANs must be a list, not " + patch.getNodeType());
    }
    ArrayNode merged = target != null && target.isArray() ? (ArrayNode) target.deepCopy()
        : JsonNodeFactory.instance.arrayNode();
    patch.forEach(name -> {
      if (!contains(merged, name)) {
        merged.add(name);
      }
    });
    return merged;
  }

  private static boolean contains(ArrayNode list, JsonNode item) {
    for (JsonNode existing : list) {
      if (existing.equals(item)) {
        return true;
      }
    }
    return false;
  }
}
