package dev.kind4j.impl.provider;

import java.util.Map;

/** A container as a listing gives it: its ID, its name (without the engine's leading slash) and its labels. */
public record ContainerSummary(String id, String name, Map<String, String> labels) {

  public ContainerSummary {
    labels = Map.copyOf(labels);
  }
}
