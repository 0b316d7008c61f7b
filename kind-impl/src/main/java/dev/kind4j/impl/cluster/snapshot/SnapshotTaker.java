package dev.kind4j.impl.cluster.snapshot;

import dev.kind4j.KindException;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.session.SessionReaper;
import dev.kind4j.impl.util.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Saves a stopped cluster's nodes as a snapshot: per node one image, the node's container committed with what
 * changed on its {@code /var} volume since it first started (which {@code docker commit} leaves out) laid into the
 * image's own {@code /var}. Logs, device files, sockets and files deleted since are left out. A container made
 * from such an image gets a {@code /var} volume that holds the bootstrapped node's state.
 */
public final class SnapshotTaker {

  private static final String STAGING = "/kind4j-snapshot";
  private static final Duration COPY_TIMEOUT = Duration.ofMinutes(10);

  private final Provider engine;

  public SnapshotTaker(Provider engine) {
    this.engine = engine;
  }

  /**
   * @param key the snapshot's key
   * @param nodeImage the node image the cluster was created from
   * @param containers the stopped node containers, control planes first
   * @return the snapshot's image references, in node order
   */
  public List<String> take(String key, String nodeImage, List<String> containers) {
    try {
      return Parallel.map(IntStream.range(0, containers.size()).boxed().toList(),
          i -> takeNode(key, nodeImage, i, containers.get(i)));
    } catch (RuntimeException e) {
      DockerSnapshots.delete(engine, key);
      throw e;
    }
  }

  private String takeNode(String key, String nodeImage, int index, String container) {
    Instant started = Instant.parse(engine.inspect(container).startedAt());
    // The node's own labels blanked: containers made from the image must not count as the source cluster's nodes,
    // as its create's, or as its JVM's, whose reaper would remove them
    Map<String, String> blanked = new HashMap<>(Map.of(Labels.CLUSTER, "", Labels.ROLE, "", Labels.INPUTS, "",
        Labels.CREATE, ""));
    SessionReaper.labelKeys().forEach(labelKey -> blanked.put(labelKey, ""));
    String committed = engine.commit(container, blanked);
    String collector = engine.create(ContainerSpec.builder(committed).name(container + "-snapshot")
        .volumesFrom(container).entrypoint("sh", "-c", collectScript(started)).build());
    String layered = null;
    try {
      engine.start(collector);
      int exit = engine.waitForExit(collector, COPY_TIMEOUT);
      if (exit != 0) {
        throw new KindException("collecting " + container + "'s /var for its snapshot failed (exit " + exit + "): "
            + engine.logs(collector));
      }
      layered = engine.create(ContainerSpec.builder(committed).name(container + "-snapshot-image").build());
      try (InputStream changes = engine.copyOut(collector, STAGING + "/var")) {
        engine.copyIn(layered, changes, "/");
      } catch (IOException e) {
        throw new UncheckedIOException("copying " + container + "'s /var into its snapshot", e);
      }
      String image = engine.commit(layered, Map.of(SnapshotLabels.KEY, key,
          SnapshotLabels.NODE_INDEX, Integer.toString(index), SnapshotLabels.NODE_IMAGE, nodeImage,
          Labels.IMAGE_KIND, "snapshot"));
      String reference = "kind4j/snapshot:" + key + "-" + index;
      engine.tag(image, reference);
      return reference;
    } finally {
      engine.remove(collector);
      if (layered != null) {
        engine.remove(layered);
      }
    }
  }

  /** Copies what changed under /var since {@code since} to the staging directory, paths and modes kept. */
  private static String collectScript(Instant since) {
    return "set -e; mkdir -p " + STAGING + "; cd /; "
        + "find var -xdev -path var/log -prune -o \\( -type f -o -type l -o -type d \\) -newerct @"
        + since.getEpochSecond() + " -print0 | tar --null --no-recursion -cf - -T - | tar -xpf - -C " + STAGING
        + "; mkdir -p " + STAGING + "/var";
  }
}
