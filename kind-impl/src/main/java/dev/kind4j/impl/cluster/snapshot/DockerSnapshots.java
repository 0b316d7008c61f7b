package dev.kind4j.impl.cluster.snapshot;

import dev.kind4j.Snapshot;
import dev.kind4j.Snapshots;
import dev.kind4j.impl.provider.ImageSummary;
import dev.kind4j.impl.provider.Provider;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The snapshots on a Docker engine, found by their images' {@link SnapshotLabels}. */
public final class DockerSnapshots implements Snapshots {

  private final Supplier<Provider> connect;

  /** @param connect opens a connection to the engine, closed after each call */
  public DockerSnapshots(Supplier<Provider> connect) {
    this.connect = connect;
  }

  @Override
  public List<Snapshot> list() {
    try (Provider engine = connect.get()) {
      return list(engine);
    }
  }

  /** The snapshots on {@code engine}, newest first. */
  public static List<Snapshot> list(Provider engine) {
    Map<String, List<ImageSummary>> byKey = engine.imagesWithLabel(SnapshotLabels.KEY).stream()
        .collect(Collectors.groupingBy(image -> image.labels().get(SnapshotLabels.KEY)));
    return byKey.entrySet().stream().map(entry -> snapshot(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparing(Snapshot::created).reversed()).toList();
  }

  /** The snapshot of that key on {@code engine}, if every one of its node images is there. */
  public static Optional<Snapshot> find(Provider engine, String key, int nodes) {
    return list(engine).stream().filter(s -> s.key().equals(key) && s.images().size() == nodes).findFirst();
  }

  @Override
  public void delete(String key) {
    try (Provider engine = connect.get()) {
      delete(engine, key);
    }
  }

  /** Removes the images of the snapshot {@code key} from {@code engine}. */
  public static void delete(Provider engine, String key) {
    engine.imagesWithLabel(SnapshotLabels.KEY + "=" + key).forEach(image -> engine.removeImage(image.id()));
  }

  /** The snapshot's images by node; when two creates saved the same key at once, each node's newest image. */
  private static Snapshot snapshot(String key, List<ImageSummary> images) {
    List<ImageSummary> ordered = images.stream()
        .collect(Collectors.toMap(image -> Integer.parseInt(image.labels().get(SnapshotLabels.NODE_INDEX)),
            image -> image, (a, b) -> a.created() >= b.created() ? a : b, TreeMap::new))
        .values().stream().toList();
    List<String> references = ordered.stream()
        .map(image -> image.tags().isEmpty() ? image.id() : image.tags().get(0))
        .toList();
    Instant created = Instant.ofEpochSecond(ordered.stream().mapToLong(ImageSummary::created).min().orElse(0));
    long size = ordered.stream().mapToLong(ImageSummary::size).sum();
    return new Snapshot(key, references, ordered.get(0).labels().get(SnapshotLabels.NODE_IMAGE), created, size);
  }
}
