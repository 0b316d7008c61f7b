package dev.kind4j.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Immutable copies of the config records' collections; {@code null} stands for empty. */
final class Copies {

  private Copies() {}

  static <T> List<T> list(String field, List<T> list) {
    if (list == null) {
      return List.of();
    }
    list.forEach(element -> Objects.requireNonNull(element, () -> field + " contains null"));
    return List.copyOf(list);
  }

  /** Keeps the order of entries, so configs written back out read as they were given. */
  static <V> Map<String, V> map(String field, Map<String, V> map) {
    if (map == null) {
      return Map.of();
    }
    map.forEach((key, value) -> {
      Objects.requireNonNull(key, () -> field + " contains a null key");
      Objects.requireNonNull(value, () -> field + "[" + key + "] is null");
    });
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static <T> List<T> adding(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  static <V> Map<String, V> putting(Map<String, V> map, String key, V value) {
    Map<String, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }
}
