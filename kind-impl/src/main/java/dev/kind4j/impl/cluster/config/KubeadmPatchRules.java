package dev.kind4j.impl.cluster.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.kind4j.config.ClusterConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks {@code kubeadmConfigPatches}: each may hold several YAML documents, and each document must be a mapping
 * with a {@code kind}, which names the kubeadm object it patches: kind silently skips a patch that matches no
 * object. Empty documents are allowed.
 */
final class KubeadmPatchRules {

  private static final String EXAMPLE = "'kind: ClusterConfiguration' followed by the fields to change";

  private KubeadmPatchRules() {}

  static void check(ClusterConfig config, Problems problems) {
    check("kubeadmConfigPatches", config.kubeadmConfigPatches(), problems);
    for (int i = 0; i < config.nodes().size(); i++) {
      check("nodes[" + i + "].kubeadmConfigPatches", config.nodes().get(i).kubeadmConfigPatches(), problems);
    }
  }

  private static void check(String path, List<String> patches, Problems problems) {
    for (int i = 0; i < patches.size(); i++) {
      check(path + "[" + i + "]", patches.get(i), problems);
    }
  }

  private static void check(String path, String patch, Problems problems) {
    try (MappingIterator<JsonNode> documents = Yaml.MAPPER.readerFor(JsonNode.class).readValues(patch)) {
      for (int number = 1; documents.hasNextValue(); number++) {
        JsonNode document = documents.nextValue();
        if (document.isNull() || document.isMissingNode()) {
          continue; // an empty document, as after a trailing '---', patches nothing and harms nothing
        }
        if (!document.isObject()) {
          problems.add(path, "document " + number + " is " + Yaml.describe(document) + ", not a YAML mapping; give "
              + EXAMPLE);
        } else if (!document.hasNonNull("kind")) {
          problems.add(path, "document " + number + " has no kind, so it would patch nothing; start it with "
              + EXAMPLE);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(path, "not valid YAML at " + Yaml.syntaxError(e) + " (counting lines within the patch); fix the "
          + "YAML syntax there");
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }
}
