package dev.kind4j.impl.cluster;

import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads images into nodes' containerd as {@code kind load docker-image} does: the images are saved
 * once, copied into each node that lacks them, and imported there concurrently. Archives go in by
 * copy, never through exec's standard input, which docker-java cannot close.
 */
final class ImageLoader {

  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);

  private final Provider engine;
  private final List<NodeContainer> nodes;

  ImageLoader(Provider engine, List<NodeContainer> nodes) {
    this.engine = engine;
    this.nodes = nodes;
  }

  void loadImages(List<String> images) {
    Map<String, String> idByImage = new LinkedHashMap<>();
    for (String image : images) {
      idByImage.put(image, engine.imageId(image).orElseThrow(() -> new KindException("images: " + image
          + " is not a local image; build or pull it first (docker images lists what is present)")));
    }
    List<NodeContainer> lacking = nodes.stream().filter(node -> !holdsAll(node, idByImage)).toList();
    if (lacking.isEmpty()) {
      return;
    }
    Path archive = save(List.copyOf(idByImage.keySet()));
    try {
      importInto(lacking, archive);
    } finally {
      deleteQuietly(archive);
    }
  }

  void loadArchive(Path archive) {
    if (!Files.isRegularFile(archive)) {
      throw new KindException("archive: " + archive + " is not a file; pass a `docker save` archive");
    }
    importInto(nodes, archive);
  }

  /** Whether the node's containerd has every image under its name, with the same image ID. */
  private static boolean holdsAll(NodeContainer node, Map<String, String> idByImage) {
    Set<String> names = Set.of(node.exec("ctr", "--namespace=k8s.io", "images", "list", "-q").stdout().split("\n"));
    Set<String> blobs = Set.of(node.exec("ctr", "--namespace=k8s.io", "content", "list", "-q").stdout().split("\n"));
    return idByImage.entrySet().stream()
        .allMatch(e -> names.contains(ContainerdNames.normalize(e.getKey())) && blobs.contains(e.getValue()));
  }

  private Path save(List<String> images) {
    try {
      Path archive = Files.createTempFile("kind4j-images-", ".tar");
      try (InputStream saved = engine.saveImages(images)) {
        Files.copy(saved, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return archive;
    } catch (IOException e) {
      throw new UncheckedIOException("saving " + images, e);
    }
  }

  private static void importInto(List<NodeContainer> targets, Path archive) {
    Parallel.forEach(targets, node -> {
      String inNode = "/kind/images/load-" + UUID.randomUUID() + ".tar";
      node.copyIn(archive, inNode);
      try {
        node.exec(IMPORT_TIMEOUT, List.of("ctr", "--namespace=k8s.io", "images", "import", "--all-platforms", inNode))
            .orThrow();
      } finally {
        node.exec(Duration.ofSeconds(30), List.of("rm", "-f", inNode));
      }
    });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
