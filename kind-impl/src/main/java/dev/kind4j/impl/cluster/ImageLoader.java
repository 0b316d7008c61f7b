package dev.kind4j.impl.cluster;

import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Parallel;
import dev.kind4j.impl.util.StreamFanout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Loads images into nodes' containerd as {@code kind load docker-image} does: nodes that already hold every image
 * (same name, same image ID) are skipped; for the others the images are saved once, and that one stream is split
 * among them and imported by each at once ({@code ctr images import -}), with no file written on the way.
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
    List<Boolean> holding = Parallel.map(nodes, node -> holdsAll(node, idByImage));
    List<NodeContainer> lacking = IntStream.range(0, nodes.size()).filter(i -> !holding.get(i))
        .mapToObj(nodes::get).toList();
    if (lacking.isEmpty()) {
      return;
    }
    List<String> references = List.copyOf(idByImage.keySet());
    importInto(lacking, engine.saveImages(references), "saving " + references);
    List<String> savedUnderLocalhost = references.stream()
        .filter(image -> engine.imageId("localhost/" + image).equals(Optional.of(idByImage.get(image)))).toList();
    if (!savedUnderLocalhost.isEmpty()) {
      Parallel.forEach(lacking, node -> nameAsRequested(node, savedUnderLocalhost));
    }
  }

  /**
   * Gives images the names they were asked for: podman knows an image loaded under a short name such as {@code app:1}
   * as {@code localhost/app:1} and saves it so, and a pod asking for {@code app:1} would not find it.
   */
  private static void nameAsRequested(NodeContainer node, List<String> images) {
    for (String image : images) {
      node.exec("ctr", "--namespace=k8s.io", "images", "tag", "--force", ContainerdNames.normalize("localhost/" + image),
          ContainerdNames.normalize(image)).orThrow();
    }
  }

  void loadArchive(Path archive) {
    if (!Files.isRegularFile(archive)) {
      throw new KindException("archive: " + archive + " is not a file; pass a `docker save` archive");
    }
    try {
      importInto(nodes, Files.newInputStream(archive), "reading " + archive);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + archive, e);
    }
  }

  /** Whether the node's containerd has every image under its name, with the same image ID. */
  private static boolean holdsAll(NodeContainer node, Map<String, String> idByImage) {
    Set<String> names = imageNames(node);
    Set<String> blobs = Set.of(node.exec("ctr", "--namespace=k8s.io", "content", "list", "-q").stdout().split("\n"));
    return idByImage.entrySet().stream()
        .allMatch(e -> names.contains(ContainerdNames.normalize(e.getKey())) && blobs.contains(e.getValue()));
  }

  private static Set<String> imageNames(NodeContainer node) {
    return Set.copyOf(node.exec("ctr", "--namespace=k8s.io", "images", "list", "-q").stdout().lines().toList());
  }

  /**
   * Streams one archive into every target at once; a failure to read the archive ({@code reading} says what that
   * is) comes first, with the nodes' failures it caused suppressed on it.
   */
  private static void importInto(List<NodeContainer> targets, InputStream archive, String reading) {
    StreamFanout fanout = new StreamFanout(archive, targets.size());
    List<Runnable> tasks = new ArrayList<>();
    tasks.add(() -> {
      try {
        fanout.pump();
      } catch (UncheckedIOException e) {
        throw new KindException(reading + " failed: " + e.getCause().getMessage(), e.getCause());
      }
    });
    for (int i = 0; i < targets.size(); i++) {
      NodeContainer node = targets.get(i);
      StreamFanout.Reader input = fanout.readers().get(i);
      tasks.add(() -> {
        try (input) {
          node.execReading(IMPORT_TIMEOUT, List.of("ctr", "--namespace=k8s.io", "images", "import", "--all-platforms",
              "-"), input).orThrow();
        }
      });
    }
    Parallel.forEach(tasks, Runnable::run);
  }
}
