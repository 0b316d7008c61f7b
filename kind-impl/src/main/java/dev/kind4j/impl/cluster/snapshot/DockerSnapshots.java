package dev.kind4j.impl.cluster.snapshot;

import com.github.dockerjava.api.model.Image;
import dev.kind4j.Snapshot;
import dev.kind4j.Snapshots;
import dev.kind4j.impl.provider.docker.DockerEngine;
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

  private final Supplier<DockerEngine> connect;

  /** @param connect opens a connection to the engine, closed after each call */
  public DockerSnapshots(Supplier<DockerEngine> connect) {
    this.connect = connect;
  }

  @Override
  public List<Snapshot> list() {
    try (DockerEngine engine = connect.get()) {
      return list(engine);
    }
  }

  /** The snapshots on {@code engine}, newest first. */
  public static List<Snapshot> list(DockerEngine engine) {
    Map<String, List<Image>> byKey = engine.imagesWithLabel(SnapshotLabels.KEY).stream()
        .collect(Collectors.groupingBy(image -> image.getLabels().get(SnapshotLabels.KEY)));
    return byKey.entrySet().stream().map(entry -> snapshot(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparing(Snapshot::created).reversed()).toList();
  }

  /** The snapshot of that key on {@code engine}, if every one of its node images is there. */
  public static Optional<Snapshot> find(DockerEngine engine, String key, int nodes) {
    return list(engine).stream().filter(s -> s.key().equals(key) && s.images().size() == nodes).findFirst();
  }

  @Override
  public void delete(String key) {
    try (DockerEngine engine = connect.get()) {
      delete(engine, key);
    }
  }

  /** Removes the images of the snapshot {@code key} from {@code engine}. */
  public static void delete(DockerEngine engine, String key) {
    engine.imagesWithLabel(SnapshotLabels.KEY + "=" + key).forEach(image -> engine.removeImage(image.getId()));
  }

  /** The snapshot's images by node; when two creates saved the same key at once, each node's newest image. */
  private static Snapshot snapshot(String key, List<Image> images) {
    List<Image> ordered = images.stream()
        .collect(Collectors.toMap(image -> Integer.parseInt(image.getLabels().get(SnapshotLabels.NODE_INDEX)),
            image -> image, (a, b) -> a.getCreated() >= b.getCreated() ? a : b, TreeMap::new))
        .values().stream().toList();
    List<String> references = ordered.stream()
        .map(image -> image.getRepoTags() != null && image.getRepoTags().length > 0 ? image.getRepoTags()[0] : image.getId())
        .toList();
    Instant created = Instant.ofEpochSecond(ordered.stream().mapToLong(Image::getCreated).min().orElse(0));
    long size = ordered.stream().mapToLong(image -> image.getSize() == null ? 0 : image.getSize()).sum();
    return new Snapshot(key, references, ordered.get(0).getLabels().get(SnapshotLabels.NODE_IMAGE), created, size);
  }
}
