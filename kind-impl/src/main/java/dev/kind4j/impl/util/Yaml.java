package dev.kind4j.impl.util;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * YAML as Kubernetes tools write it, read into and written from Jackson trees: strings are quoted
 * only where a reader would otherwise take them for another type, such as {@code "true"} or
 * {@code "6443"}.
 */
public final class Yaml {

  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build();

  private Yaml() {}

  /** A new empty mapping. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses one document; an empty document, or one of comments only, is a missing node. */
  public static JsonNode read(String yaml) throws JsonProcessingException {
    JsonNode node = MAPPER.readTree(yaml);
    return node == null ? MAPPER.missingNode() : node;
  }

  /** Parses a classpath resource that holds one mapping, such as a template; a missing one is a bug. */
  public static ObjectNode resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing beside " + anchor.getName());
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** Parses a stream of {@code ---}-separated documents, leaving out empty ones. */
  public static List<JsonNode> readAll(String yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    // An iterator over a parser of our own, unlike one over a String, keeps a document that is a list whole.
    try (JsonParser parser = MAPPER.createParser(yaml);
        MappingIterator<JsonNode> it = MAPPER.readValues(parser, JsonNode.class)) {
      while (it.hasNextValue()) {
        JsonNode document = it.nextValue();
        if (document != null && !document.isMissingNode() && !document.isNull()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  /** Writes one document, without a leading {@code ---}. */
  public static String write(JsonNode document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Jackson tree always serializes", e);
    }
  }

  /** Writes documents as one stream, each opened with {@code ---}. */
  public static String writeAll(List<? extends JsonNode> documents) {
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer()
        .with(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .writeValues(out)) {
      writer.writeAll(documents);
    } catch (IOException e) {
      throw new IllegalStateException("a Jackson tree always serializes", e);
    }
    return out.toString();
  }
}
