package dev.kind4j.impl.image.node;

import dev.kind4j.ImageRef;
import dev.kind4j.KindException;
import dev.kind4j.impl.image.ImageCache;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.FileHashes;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.TempDirectory;
import dev.kind4j.spi.CustomNodeImageRequest;
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
import java.util.stream.Stream;

/** Derives a node image: apt packages, copied files and preloaded images on top of another node image. */
public final class CustomNodeImageBuild {

  private static final Duration APT_TIMEOUT = Duration.ofMinutes(15);

  private final Provider engine;
  private final CustomNodeImageRequest request;
  private final Progress progress;

  public CustomNodeImageBuild(Provider engine, CustomNodeImageRequest request) {
    this.engine = engine;
    this.request = request;
    this.progress = Progress.of(request.listener());
  }

  public ImageRef run() {
    String fromId = engine.presentOrPulled(request.from(), reason -> "from: " + request.from()
        + " is neither present nor pullable (" + reason + "); build it with Kind.nodeImage() or load it with `docker load`");
    Map<String, String> preloadIds = new LinkedHashMap<>();
    for (String image : request.preload()) {
      preloadIds.put(image, engine.imageId(image).orElseThrow(() -> new KindException("preload: " + image
          + " is not a local image; build or pull it first")));
    }
    String inputs = inputsHash(fromId, preloadIds);
    if (!request.rebuild()) {
      Optional<ImageRef> cached = ImageCache.find(engine, inputs, request.image());
      if (cached.isPresent()) {
        progress.info("Node image " + request.image() + " is up to date (inputs " + inputs.substring(0, 12) + ")");
        return cached.get();
      }
    }
    String id = progress.step("Building node image " + request.image() + " from " + request.from(), () -> build(inputs));
    return new ImageRef(request.image(), id, false);
  }

  private String build(String inputs) {
    try (BuildContainer container = BuildContainer.start(engine, request.from());
        TempDirectory work = TempDirectory.create("kind4j-custom-node-")) {
      NodeContainer node = container.node();
      if (!request.packages().isEmpty()) {
        node.exec(APT_TIMEOUT, List.of("apt-get", "update")).orThrow();
        List<String> install = new ArrayList<>(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install",
            "-y", "--no-install-recommends"));
        install.addAll(request.packages());
        node.exec(APT_TIMEOUT, install).orThrow();
        node.exec("apt-get", "clean");
        node.exec("find", "/var/lib/apt/lists", "-mindepth", "1", "-delete");
      }
      for (CustomNodeImageRequest.FileCopy copy : request.copies()) {
        node.copyIn(copy.hostPath(), copy.nodePath());
      }
      if (!request.preload().isEmpty()) {
        container.preload(saved(work.path()));
      }
      Map<String, String> labels = new LinkedHashMap<>(engine.imageLabels(request.from()));
      labels.put(Labels.INPUTS, inputs);
      labels.put(Labels.IMAGE_KIND, "node");
      labels.put(Labels.DERIVED_FROM, request.from());
      return container.commit(request.image(), labels, progress);
    }
  }

  private Map<String, Path> saved(Path directory) {
    Map<String, Path> archives = new LinkedHashMap<>();
    for (String image : request.preload()) {
      Path archive = directory.resolve(image.replaceAll("[^A-Za-z0-9.-]", "_") + ".tar");
      try (InputStream in = engine.saveImage(image)) {
        Files.copy(in, archive);
      } catch (IOException e) {
        throw new UncheckedIOException("saving " + image, e);
      }
      archives.put(image, archive);
    }
    return archives;
  }

  private String inputsHash(String fromId, Map<String, String> preloadIds) {
    Hashing hash = Hashing.sha256().put("labels", Labels.DERIVED_FROM).put("from", fromId)
        .put("packages", String.join(",", request.packages()));
    preloadIds.forEach((image, id) -> hash.put("preload:" + image, id));
    for (CustomNodeImageRequest.FileCopy copy : request.copies()) {
      hash.put("copy:" + copy.nodePath(), contentHash(copy.hostPath()));
    }
    return hash.hex();
  }

  private static String contentHash(Path path) {
    if (Files.isRegularFile(path)) {
      return FileHashes.sha256(path);
    }
    Hashing hash = Hashing.sha256();
    try (Stream<Path> files = Files.walk(path)) {
      files.filter(Files::isRegularFile).sorted()
          .forEach(file -> hash.put(path.relativize(file).toString(), FileHashes.sha256(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("hashing " + path, e);
    }
    return hash.hex();
  }
}
