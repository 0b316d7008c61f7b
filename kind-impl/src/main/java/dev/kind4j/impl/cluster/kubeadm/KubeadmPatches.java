package dev.kind4j.impl.cluster.kubeadm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.JsonMergePatch;
import dev.kind4j.impl.util.JsonPatch;
import dev.kind4j.impl.util.Yaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a user's {@code kubeadmConfigPatches} and {@code kubeadmConfigPatchesJSON6902} to rendered
 * kubeadm configuration, as kind does.
 *
 * <p>Each merge patch may hold several YAML documents; each document patches every rendered document
 * of the same {@code kind} and, if it names one, the same {@code apiVersion}. It merges as JSON Merge
 * Patch (RFC 7386), except that {@code certSANs} are added to, and v1beta4's argument lists merge by
 * name (see {@link KubeadmMergeRules}). A JSON 6902 patch applies to the documents its group, version
 * and kind select. Each document takes all matching merge patches in order, then all matching JSON
 * 6902 patches; a patch that matches nothing is ignored. kind applies the cluster's patches, then the
 * node's: call {@link #apply} once for each.
 */
public final class KubeadmPatches {

  private KubeadmPatches() {}

  /**
   * Returns {@code yaml} patched, as a YAML stream; comments are not kept.
   *
   * @throws KindException naming the patch that cannot be read or applied, and why
   */
  public static String apply(String yaml, List<String> mergePatches, List<Json6902Patch> jsonPatches) {
    List<ObjectNode> documents = mappings("the kubeadm configuration", yaml);
    List<MergePatch> merges = new ArrayList<>();
    for (int i = 0; i < mergePatches.size(); i++) {
      List<ObjectNode> parts = mappings("kubeadmConfigPatches[" + i + "]", mergePatches.get(i));
      for (int j = 0; j < parts.size(); j++) {
        String name = "kubeadmConfigPatches[" + i + "]" + (parts.size() > 1 ? " document " + (j + 1) : "");
        merges.add(new MergePatch(name, parts.get(j)));
      }
    }
    List<JsonPatch> jsons = new ArrayList<>();
    for (int i = 0; i < jsonPatches.size(); i++) {
      jsons.add(parseJsonPatch("kubeadmConfigPatchesJSON6902[" + i + "]", jsonPatches.get(i)));
    }

    List<ObjectNode> patched = new ArrayList<>();
    for (ObjectNode document : documents) {
      ObjectNode current = document;
      for (MergePatch merge : merges) {
        if (matches(current, kind(merge.patch), apiVersion(merge.patch))) {
          current = merge.applyTo(current);
        }
      }
      for (int i = 0; i < jsons.size(); i++) {
        Json6902Patch selector = jsonPatches.get(i);
        if (matches(current, selector.kind(), selector.apiVersion())) {
          current = applyJsonPatch("kubeadmConfigPatchesJSON6902[" + i + "]", jsons.get(i), current);
        }
      }
      patched.add(current);
    }
    return Yaml.writeAll(patched);
  }

  /** A merge patch with the name errors call it by. */
  private record MergePatch(String name, ObjectNode patch) {

    ObjectNode applyTo(ObjectNode document) {
      ObjectNode target = document.deepCopy();
      ObjectNode stripped = patch.deepCopy();
      try {
        KubeadmMergeRules.apply(target, stripped, apiVersion(document).equals(KubeadmApiVersion.V1BETA4.apiVersion()),
            !apiVersion(patch).isEmpty());
      } catch (IllegalArgumentException e) {
        throw new KindException(name + " cannot patch " + describe(document) + ": " + e.getMessage(), e);
      }
      return (ObjectNode) JsonMergePatch.apply(target, stripped);
    }
  }

  private static boolean matches(JsonNode document, String kind, String apiVersion) {
    return kind(document).equals(kind) && (apiVersion.isEmpty() || apiVersion(document).equals(apiVersion));
  }

  private static List<ObjectNode> mappings(String name, String yaml) {
    List<JsonNode> documents;
    try {
      documents = Yaml.readAll(yaml);
    } catch (IOException e) {
      throw new KindException(name + " is not valid YAML: " + e.getMessage(), e);
    }
    List<ObjectNode> mappings = new ArrayList<>();
    for (JsonNode document : documents) {
      if (!document.isObject()) {
        throw new KindException(name + " must be a YAML mapping such as 'kind: ClusterConfiguration',"
            + " not " + document.getNodeType());
      }
      mappings.add((ObjectNode) document);
    }
    return mappings;
  }

  private static JsonPatch parseJsonPatch(String name, Json6902Patch patch) {
    try {
      List<JsonNode> documents = Yaml.readAll(patch.patch());
      if (documents.size() != 1) {
        throw new IllegalArgumentException("it must be one list of operations, not " + documents.size() + " documents");
      }
      return JsonPatch.parse(documents.get(0));
    } catch (IOException | IllegalArgumentException e) {
      throw new KindException(name + " for " + patch.kind() + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static ObjectNode applyJsonPatch(String name, JsonPatch patch, ObjectNode document) {
    JsonNode result;
    try {
      result = patch.apply(document);
    } catch (IllegalArgumentException e) {
      throw new KindException(name + " cannot patch " + describe(document) + ": " + e.getMessage(), e);
    }
    if (!result.isObject()) {
      throw new KindException(name + " turned " + describe(document) + " into " + result.getNodeType()
          + "; a kubeadm document must stay a mapping");
    }
    return (ObjectNode) result;
  }

  private static String kind(JsonNode document) {
    return document.path("kind").asText("");
  }

  private static String apiVersion(JsonNode document) {
    return document.path("apiVersion").asText("");
  }

  private static String describe(JsonNode document) {
    return kind(document) + " (" + apiVersion(document) + ")";
  }
}
