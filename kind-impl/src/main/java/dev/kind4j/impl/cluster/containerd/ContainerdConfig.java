package dev.kind4j.impl.cluster.containerd;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.JsonMergePatch;
import dev.kind4j.impl.util.JsonPatch;
import dev.kind4j.impl.util.Yaml;
import java.io.IOException;
import java.util.List;

/**
 * A node's containerd config patched as kind patches it: the TOML is read into a tree, each
 * {@code containerdConfigPatches} entry (TOML) is merged in as a JSON Merge Patch, skipping one whose {@code version}
 * differs from the config's, then each {@code containerdConfigPatchesJSON6902} entry (a list of operations, as YAML
 * or JSON) is applied to the tree, and the result is written back as TOML. Comments are not kept.
 */
public final class ContainerdConfig {

  /** Where a node's containerd config lives. */
  public static final String PATH = "/etc/containerd/config.toml";

  private static final TomlMapper TOML = new TomlMapper();
  /** containerd reads a config without {@code version} as version 1. */
  private static final int UNVERSIONED = 1;

  private ContainerdConfig() {}

  /**
   * Returns {@code config} with the patches applied.
   *
   * @throws KindException naming the patch that cannot be read or applied, such as {@code containerdConfigPatches[1]}
   */
  public static String patch(String config, List<String> mergePatches, List<String> jsonPatches) {
    JsonNode current;
    try {
      current = table(config);
    } catch (IllegalArgumentException e) {
      throw new KindException("the node's " + PATH + " cannot be patched: " + e.getMessage(), e);
    }
    int version = current.path("version").asInt(UNVERSIONED);
    for (int i = 0; i < mergePatches.size(); i++) {
      JsonNode patch = mergePatch("containerdConfigPatches[" + i + "]", mergePatches.get(i));
      if (!patch.has("version") || patch.get("version").asInt() == version) {
        current = JsonMergePatch.apply(current, patch);
      }
    }
    for (int i = 0; i < jsonPatches.size(); i++) {
      String name = "containerdConfigPatchesJSON6902[" + i + "]";
      JsonPatch patch = jsonPatch(name, jsonPatches.get(i));
      try {
        current = patch.apply(current);
      } catch (IllegalArgumentException e) {
        throw new KindException(name + " cannot patch the node's containerd config: " + e.getMessage(), e);
      }
      if (!current.isObject()) {
        throw new KindException(name + " turned the node's containerd config into " + current.getNodeType()
            + "; it must stay a table");
      }
    }
    try {
      return TOML.writeValueAsString(current);
    } catch (JsonProcessingException e) {
      throw new KindException("the patched containerd config cannot be written as TOML: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Checks one {@code containerdConfigPatches} entry.
   *
   * @throws IllegalArgumentException saying where the TOML is wrong
   */
  public static void checkMergePatch(String toml) {
    table(toml);
  }

  /**
   * Checks one {@code containerdConfigPatchesJSON6902} entry.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static void checkJsonPatch(String patch) {
    readJsonPatch(patch);
  }

  private static JsonNode mergePatch(String name, String toml) {
    try {
      return table(toml);
    } catch (IllegalArgumentException e) {
      throw new KindException(name + " " + e.getMessage(), e);
    }
  }

  private static JsonPatch jsonPatch(String name, String patch) {
    try {
      return readJsonPatch(patch);
    } catch (IllegalArgumentException e) {
      throw new KindException(name + " " + e.getMessage(), e);
    }
  }

  private static JsonNode table(String toml) {
    try {
      return TOML.readTree(toml);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException("is not valid TOML" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  private static JsonPatch readJsonPatch(String patch) {
    List<JsonNode> documents;
    try {
      documents = Yaml.readAll(patch);
    } catch (IOException e) {
      throw new IllegalArgumentException("is neither valid YAML nor JSON: " + e.getMessage(), e);
    }
    if (documents.size() != 1) {
      throw new IllegalArgumentException("must be one list of operations, such as '[{\"op\": \"add\", \"path\": "
          + "\"/version\", \"value\": 2}]', not " + documents.size() + " documents");
    }
    try {
      return JsonPatch.parse(documents.get(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not a JSON patch: " + e.getMessage(), e);
    }
  }
}
