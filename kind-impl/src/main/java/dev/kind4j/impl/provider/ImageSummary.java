package dev.kind4j.impl.provider;

import java.util.List;
import java.util.Map;

/**
 * A local image as a listing gives it.
 *
 * @param id its ID
 * @param tags its {@code repository:tag} references, possibly none
 * @param labels its labels
 * @param created when it was created, in seconds since the epoch
 * @param size its size in bytes; 0 when the engine does not say
 */
public record ImageSummary(String id, List<String> tags, Map<String, String> labels, long created, long size) {

  public ImageSummary {
    tags = List.copyOf(tags);
    labels = Map.copyOf(labels);
  }
}
