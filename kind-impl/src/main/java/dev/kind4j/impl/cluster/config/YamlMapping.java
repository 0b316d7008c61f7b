package dev.kind4j.impl.cluster.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One YAML mapping of a config being read. Hands out its fields by name, converted, and adds a problem, named by
 * the field's path, for each value of the wrong type and, once read, for each field nobody asked for.
 *
 * <p>A missing field and an explicit null are both unset: {@code null}, 0 or false.
 */
final class YamlMapping {

  private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

  private final JsonNode node;
  private final String path;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private YamlMapping(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** Reads the document's root mapping with {@code reader}, then adds any problem found to {@code problems}. */
  static <T> T read(JsonNode root, Problems problems, Function<YamlMapping, T> reader) {
    return new YamlMapping(root, "", problems).readWith(reader);
  }

  /** Accepts {@code fields} without reading them here. */
  void skip(String... fields) {
    known.addAll(Arrays.asList(fields));
  }

  String string(String field) {
    JsonNode value = field(field);
    return value == null ? null : text(pathOf(field), value);
  }

  int integer(String field) {
    JsonNode value = field(field);
    if (value == null) {
      return 0;
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    problems.add(pathOf(field), "expected a whole number such as 8080, got " + Yaml.describe(value));
    return 0;
  }

  boolean bool(String field) {
    JsonNode value = field(field);
    return value != null && Boolean.TRUE.equals(flag(pathOf(field), value));
  }

  /** The constant whose spelling, as {@code spelling} gives it, is the field's value. */
  <E extends Enum<E>> E oneOf(String field, E[] constants, Function<E, String> spelling) {
    String value = string(field);
    if (value == null) {
      return null;
    }
    List<String> accepted = new ArrayList<>();
    for (E constant : constants) {
      if (spelling.apply(constant).equals(value)) {
        return constant;
      }
      accepted.add(spelling.apply(constant));
    }
    String fix = Suggestions.closest(value, accepted).map(s -> "did you mean " + s + "? Accepted values: ")
        .orElse("use one of: ");
    problems.add(pathOf(field), "'" + value + "' is not accepted; " + fix + String.join(", ", accepted));
    return null;
  }

  /** The nested mapping read with {@code reader}; a missing one reads as empty. */
  <T> T mapping(String field, Function<YamlMapping, T> reader) {
    JsonNode value = field(field);
    return mapping(pathOf(field), value == null ? EMPTY : value, reader);
  }

  /** The list of mappings, each read with {@code reader}; {@code null} when missing. */
  <T> List<T> list(String field, Function<YamlMapping, T> reader) {
    return elements(field, (path, element) -> mapping(path, element, reader));
  }

  /** The list of strings; {@code null} when missing. */
  List<String> stringList(String field) {
    return elements(field, this::text);
  }

  /** The mapping of names to strings; {@code null} when missing. */
  Map<String, String> stringMap(String field) {
    return entries(field, this::text);
  }

  /** The mapping of names to booleans; {@code null} when missing. */
  Map<String, Boolean> booleanMap(String field) {
    return entries(field, this::flag);
  }

  private <T> T readWith(Function<YamlMapping, T> reader) {
    T value = reader.apply(this);
    node.fieldNames().forEachRemaining(field -> {
      if (!known.contains(field)) {
        String hint = Suggestions.closest(field, known).map(s -> "did you mean " + s + "?")
            .orElse("remove it, or use one of: " + String.join(", ", known));
        problems.add(pathOf(field), "unknown field; " + hint);
      }
    });
    return value;
  }

  private JsonNode field(String field) {
    known.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  private <T> T mapping(String path, JsonNode value, Function<YamlMapping, T> reader) {
    if (value.isObject()) {
      return new YamlMapping(value, path, problems).readWith(reader);
    }
    problems.add(path, "expected a mapping of fields, got " + Yaml.describe(value)
        + "; write 'field: value' pairs indented beneath it");
    return null;
  }

  private <T> List<T> elements(String field, BiFunction<String, JsonNode, T> convert) {
    JsonNode value = field(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      problems.add(pathOf(field), "expected a list, got " + Yaml.describe(value)
          + "; write each entry on its own line, starting with '- '");
      return null;
    }
    List<T> elements = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      T element = convert.apply(pathOf(field) + "[" + i + "]", value.get(i));
      if (element != null) {
        elements.add(element);
      }
    }
    return elements;
  }

  private <T> Map<String, T> entries(String field, BiFunction<String, JsonNode, T> convert) {
    JsonNode value = field(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      problems.add(pathOf(field), "expected a mapping of names to values, got " + Yaml.describe(value)
          + "; write 'name: value' pairs indented beneath it");
      return null;
    }
    Map<String, T> entries = new LinkedHashMap<>();
    value.properties().forEach(entry -> {
      T converted = convert.apply(pathOf(field) + "[\"" + entry.getKey() + "\"]", entry.getValue());
      if (converted != null) {
        entries.put(entry.getKey(), converted);
      }
    });
    return entries;
  }

  /** A scalar's text: YAML numbers and booleans are strings where a string is expected, as in kind. */
  private String text(String path, JsonNode value) {
    if (value.isValueNode() && !value.isNull()) {
      return value.asText();
    }
    problems.add(path, "expected a string, got " + Yaml.describe(value) + "; give a single value");
    return null;
  }

  private Boolean flag(String path, JsonNode value) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    problems.add(path, "expected true or false, got " + Yaml.describe(value));
    return null;
  }

  private String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
