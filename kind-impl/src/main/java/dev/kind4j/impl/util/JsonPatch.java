package dev.kind4j.impl.util;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A JSON Patch (RFC 6902) on Jackson trees: {@code add}, {@code remove}, {@code replace}, {@code
 * move}, {@code copy} and {@code test}, applied in order, all or nothing.
 */
public final class JsonPatch {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
      a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  private final List<Operation> operations;

  private JsonPatch(List<Operation> operations) {
    this.operations = operations;
  }

  /** Reads a patch: an array of operation objects. Throws with the operation's index if one is malformed. */
  public static JsonPatch parse(JsonNode patch) {
    if (!patch.isArray()) {
      throw new IllegalArgumentException("a JSON patch is a list of operations, not " + patch.getNodeType());
    }
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < patch.size(); i++) {
      operations.add(Operation.parse(i, patch.get(i)));
    }
    return new JsonPatch(List.copyOf(operations));
  }

  /** Returns {@code document} with every operation applied; the argument is not changed. */
  public JsonNode apply(JsonNode document) {
    ArrayNode root = JsonNodeFactory.instance.arrayNode().add(document.deepCopy());
    for (Operation operation : operations) {
      operation.applyTo(root);
    }
    return root.get(0);
  }

  private record Operation(int index, String op, List<String> path, List<String> from, JsonNode value) {

    static Operation parse(int index, JsonNode node) {
      String op = node.path("op").asText("");
      String where = "operation " + index + " (" + (op.isEmpty() ? "no op" : op) + ")";
      if (!node.path("path").isTextual()) {
        throw new IllegalArgumentException(where + ": 'path' is missing");
      }
      List<String> path = pointer(where, node.get("path").asText());
      List<String> from = null;
      switch (op) {
        case "add", "replace", "test" -> {
          if (!node.has("value")) {
            throw new IllegalArgumentException(where + ": 'value' is missing");
          }
        }
        case "move", "copy" -> {
          if (!node.path("from").isTextual()) {
            throw new IllegalArgumentException(where + ": 'from' is missing");
          }
          from = pointer(where, node.get("from").asText());
        }
        case "remove" -> { }
        default -> throw new IllegalArgumentException(
            where + ": unknown op; use add, remove, replace, move, copy or test");
      }
      return new Operation(index, op, path, from, node.get("value"));
    }

    void applyTo(ArrayNode root) {
      try {
        switch (op) {
          case "add" -> add(root, path, value.deepCopy());
          case "remove" -> remove(root, path);
          case "replace" -> replace(root, path, value.deepCopy());
          case "move" -> {
            if (path.size() > from.size() && path.subList(0, from.size()).equals(from)) {
              throw new IllegalArgumentException("cannot move a value into itself");
            }
            JsonNode moved = get(root, from);
            remove(root, from);
            add(root, path, moved);
          }
          case "copy" -> add(root, path, get(root, from).deepCopy());
          case "test" -> {
            if (!get(root, path).equals(NUMBERS_BY_VALUE, value)) {
              throw new IllegalArgumentException("value is " + get(root, path) + ", not " + value);
            }
          }
          default -> throw new IllegalStateException(op);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("operation " + index + " (" + op + " " + text(path) + "): "
            + e.getMessage(), e);
      }
    }

    /** The parent of {@code path} in the tree whose root is {@code root}'s only element. */
    private static JsonNode parent(ArrayNode root, List<String> path) {
      JsonNode node = root.get(0);
      for (int i = 0; i < path.size() - 1; i++) {
        node = child(node, path.get(i), path.subList(0, i + 1));
      }
      return path.isEmpty() ? root : node;
    }

    private static JsonNode get(ArrayNode root, List<String> path) {
      return path.isEmpty() ? root.get(0) : child(parent(root, path), last(path), path);
    }

    private static void add(ArrayNode root, List<String> path, JsonNode value) {
      JsonNode parent = parent(root, path);
      if (path.isEmpty()) {
        root.set(0, value);
      } else if (parent instanceof ObjectNode object) {
        object.set(last(path), value);
      } else if (parent instanceof ArrayNode array) {
        array.insert(last(path).equals("-") ? array.size() : index(array, last(path), array.size()), value);
      } else {
        throw new IllegalArgumentException(text(path.subList(0, path.size() - 1)) + " is not an object or list");
      }
    }

    private static void replace(ArrayNode root, List<String> path, JsonNode value) {
      get(root, path);
      JsonNode parent = parent(root, path);
      if (path.isEmpty()) {
        root.set(0, value);
      } else if (parent instanceof ObjectNode object) {
        object.set(last(path), value);
      } else {
        ((ArrayNode) parent).set(index(parent, last(path), parent.size() - 1), value);
      }
    }

    private static void remove(ArrayNode root, List<String> path) {
      if (path.isEmpty()) {
        throw new IllegalArgumentException("cannot remove the whole document");
      }
      JsonNode parent = parent(root, path);
      get(root, path);
      if (parent instanceof ObjectNode object) {
        object.remove(last(path));
      } else {
        ((ArrayNode) parent).remove(index(parent, last(path), parent.size() - 1));
      }
    }

    private static JsonNode child(JsonNode node, String token, List<String> at) {
      JsonNode child = node.isObject() ? node.get(token)
          : node.isArray() ? node.get(index(node, token, node.size() - 1))
          : null;
      if (child == null) {
        throw new IllegalArgumentException(text(at) + " does not exist");
      }
      return child;
    }

    private static int index(JsonNode array, String token, int max) {
      if (!token.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(token) > max) {
        throw new IllegalArgumentException(
            "'" + token + "' is not an index of a list of " + array.size() + (array.size() == 1 ? " item" : " items"));
      }
      return Integer.parseInt(token);
    }

    private static String last(List<String> path) {
      return path.get(path.size() - 1);
    }

    private static List<String> pointer(String where, String text) {
      if (text.isEmpty()) {
        return List.of();
      }
      if (!text.startsWith("/")) {
        throw new IllegalArgumentException(where + ": '" + text + "' is not a JSON pointer; it must start with '/'");
      }
      List<String> tokens = new ArrayList<>();
      for (String token : text.substring(1).split("/", -1)) {
        tokens.add(token.replace("~1", "/").replace("~0", "~"));
      }
      return List.copyOf(tokens);
    }

    private static String text(List<String> path) {
      StringBuilder out = new StringBuilder();
      path.forEach(token -> out.append('/').append(token.replace("~", "~0").replace("/", "~1")));
      return out.length() == 0 ? "the document root" : out.toString();
    }
  }
}
