package dev.kind4j.impl.image.node;

import dev.kind4j.ImageRef;
import dev.kind4j.ProgressListener;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.image.ImageCache;
import dev.kind4j.impl.image.base.BaseImageBuild;
import dev.kind4j.impl.image.kube.KubernetesBuilders;
import dev.kind4j.impl.image.kube.KubernetesTree;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.TempDirectory;
import dev.kind4j.spi.BaseImageRequest;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import dev.kind4j.spi.KubernetesSource;
import dev.kind4j.spi.NodeImageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a node image: Kubernetes from the request's builder, its images, and kind's layout on a
 * base image. Reused when an image with the same inputs exists: the source's content, the base
 * image's ID, the builder's settings, the architecture and kind4j's own assembly.
 */
public final class NodeImageBuild {

  private final Provider engine;
  private final NodeImageRequest request;
  private final Progress progress;

  public NodeImageBuild(Provider engine, NodeImageRequest request) {
    this.engine = engine;
    this.request = request;
    this.progress = Progress.of(request.listener());
  }

  public ImageRef run() {
    KubernetesBuilder builder = KubernetesBuilders.forType(request.type());
    ImageRef base = progress.step("Ensuring base image", this::baseImage);
    String inputs = progress.step("Hashing inputs", () -> inputsHash(builder, base));
    if (!request.rebuild()) {
      Optional<ImageRef> cached = ImageCache.find(engine, inputs, request.image());
      if (cached.isPresent()) {
        progress.info("Node image " + request.image() + " is up to date (inputs " + inputs.substring(0, 12) + ")");
        return cached.get();
      }
    }
    try (TempDirectory work = TempDirectory.create("kind4j-node-image-")) {
      KubernetesArtifacts artifacts = builder.build(context(work.path().resolve("build")));
      String id = new NodeImageAssembly(engine, progress, base.name(), artifacts, work.path().resolve("assembly"))
          .assemble(request.image(), Map.of(Labels.INPUTS, inputs, Labels.IMAGE_KIND, "node"));
      return new ImageRef(request.image(), id, false);
    }
  }

  private ImageRef baseImage() {
    if (request.baseImage().isPresent()) {
      String name = request.baseImage().get();
      String id = engine.presentOrPulled(name, reason -> "baseImage: " + name + " is neither present nor pullable ("
          + reason + "); build one with Kind.baseImage() or load it with `docker load`");
      return new ImageRef(name, id, true);
    }
    return new BaseImageBuild(engine, new BaseImageRequest(null, RootFsSource.AUTO, "bookworm", false, progress)).run();
  }

  private String inputsHash(KubernetesBuilder builder, ImageRef base) {
    KubernetesSource source = request.source();
    Hashing hash = Hashing.sha256()
        .put("base", base.id())
        .put("type", request.type().name())
        .put("builder", builder.settings())
        .put("arch", request.arch())
        .put("version", request.kubernetesVersion().orElse(""))
        .put("assembly", NodeImageAssembly.settings());
    if (source.tree() != null) {
      hash.put("tree", new KubernetesTree(source.tree()).contentHash());
    } else if (source.tarball() != null) {
      hash.put("tarball", dev.kind4j.impl.util.FileHashes.sha256(source.tarball()));
    } else {
      hash.put("source", source.toString());
    }
    return hash.hex();
  }

  private KubernetesBuildContext context(Path workDirectory) {
    try {
      Files.createDirectories(workDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KubernetesBuildContext() {
      @Override
      public KubernetesSource source() {
        return request.source();
      }

      @Override
      public String arch() {
        return request.arch();
      }

      @Override
      public Optional<String> requestedVersion() {
        return request.kubernetesVersion();
      }

      @Override
      public Path workDirectory() {
        return workDirectory;
      }

      @Override
      public ProgressListener progress() {
        return progress;
      }
    };
  }
}
