package dev.kind4j.impl.cluster.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;

/** The YAML parser for configs and kubeadm patches, and how to word what it reports. */
final class Yaml {

  /** Rejects duplicate keys, as kind's parser does. */
  static final ObjectMapper MAPPER = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Yaml() {}

  /**
   * Where the parser stopped and why, such as {@code line 3, column 5: mapping values are not allowed here}. The YAML
   * parser words an error as an optional context and a problem, each followed by an indented excerpt; only the
   * sentences are kept.
   */
  static String syntaxError(JsonProcessingException e) {
    List<String> sentences = e.getOriginalMessage().lines()
        .filter(line -> !line.isBlank() && !line.startsWith(" "))
        .toList();
    String problem = sentences.isEmpty() ? e.getOriginalMessage() : sentences.get(sentences.size() - 1);
    String context = sentences.size() > 1 ? " (" + sentences.get(0) + ")" : "";
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return where + problem + context;
  }

  /** How a value reads in a message: its text, or the kind of node it is. */
  static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isNull() || value.isMissingNode()) {
      return "nothing";
    }
    return "'" + value.asText() + "'";
  }
}
