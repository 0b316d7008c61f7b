package dev.kind4j;

import java.time.Instant;
import java.util.List;

/**
 * A saved, bootstrapped cluster that warm starts begin from (see {@link ClusterBuilder#warmStart(boolean)}): one
 * image per node, committed from a cluster right after its first create.
 *
 * @param key the hash of what the snapshot was made from: the node images, the config and kind4j's version
 * @param images the node images, control planes first
 * @param nodeImage the node image the cluster was created from
 * @param created when the snapshot was saved
 * @param sizeBytes the images' combined size as the engine reports it, shared layers counted once per image
 */
public record Snapshot(String key, List<String> images, String nodeImage, Instant created, long sizeBytes) {

  public Snapshot {
    images = List.copyOf(images);
  }
}
