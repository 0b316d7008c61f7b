package dev.kind4j.impl.cluster.kubeadm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.impl.util.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A rendered YAML stream parsed back, for assertions on structure rather than text. */
record RenderedConfig(List<JsonNode> documents) {

  static RenderedConfig parse(String yaml) {
    try {
      return new RenderedConfig(Yaml.readAll(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> kinds() {
    return documents.stream().map(d -> d.path("kind").asText()).toList();
  }

  /** The one document of {@code kind}. */
  JsonNode get(String kind) {
    List<JsonNode> matching = documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    assertThat(matching).as("documents of kind %s", kind).hasSize(1);
    return matching.get(0);
  }

  /** The node at a JSON pointer such as {@code /apiServer/extraArgs} in the document of {@code kind}. */
  JsonNode at(String kind, String pointer) {
    return get(kind).at(pointer);
  }
}
