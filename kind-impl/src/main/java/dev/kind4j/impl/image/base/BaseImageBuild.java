package dev.kind4j.impl.image.base;

import dev.kind4j.ImageRef;
import dev.kind4j.KindException;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.image.ImageCache;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.HostCommand;
import dev.kind4j.spi.BaseImageRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a base image in two layers: a Debian root filesystem with the node's packages (from a
 * Debian image or from debootstrap), then kind4j's node files on top. Both are cached by a hash of
 * their inputs, carried in the image's label or tag.
 */
public final class BaseImageBuild {

  /** The engine memory below which building Kubernetes is likely to fail, as kind's docs advise. */
  static final long LOW_MEMORY_BYTES = 6L * 1024 * 1024 * 1024;

  private final Provider engine;
  private final BaseImageRequest request;
  private final Progress progress;
  private final BaseImageContext context = BaseImageContext.load();

  public BaseImageBuild(Provider engine, BaseImageRequest request) {
    this.engine = engine;
    this.request = request;
    this.progress = Progress.of(request.listener());
  }

  public ImageRef run() {
    warnIfLowMemory();
    String inputs = context.inputsHash(request.suite());
    String tag = request.tag() != null ? request.tag() : BaseImageTag.defaultTag(LocalDate.now(),
        Optional.ofNullable(System.getenv("TAG")), gitDescribe(), inputs);
    if (!request.rebuild()) {
      Optional<ImageRef> cached = ImageCache.find(engine, inputs, tag);
      if (cached.isPresent()) {
        progress.info("Base image " + tag + " is up to date (inputs " + inputs.substring(0, 12) + ")");
        return cached.get();
      }
    }
    String rootFs = progress.step("Preparing root filesystem (Debian " + request.suite() + ")", this::rootFs);
    String id = progress.step("Building base image " + tag, () -> engine.build(
        new ByteArrayInputStream(context.tar()), tag, Map.of("ROOTFS", rootFs),
        Map.of(Labels.INPUTS, inputs, Labels.IMAGE_KIND, "base"), progress::output));
    return new ImageRef(tag, id, false);
  }

  private String rootFs() {
    String reference = "kind4j/rootfs:" + request.suite() + "-" + context.rootFsHash(request.suite()).substring(0, 12);
    if (!request.rebuild() && engine.imageId(reference).isPresent()) {
      progress.info("Reusing root filesystem " + reference);
      return reference;
    }
    List<String> packages = context.packages();
    switch (chooseSource()) {
      case DEBIAN_IMAGE -> DebianImageRootFs.build(engine, request.suite(), packages, reference, progress);
      default -> DebootstrapRootFs.build(engine, request.suite(), packages, reference, progress);
    }
    return reference;
  }

  /** Resolves {@link RootFsSource#AUTO} and tells the user which source is used and why. */
  private RootFsSource chooseSource() {
    String debian = DebianImageRootFs.baseImage(request.suite());
    RootFsSource asked = request.rootFs();
    if (asked == RootFsSource.DEBOOTSTRAP) {
      progress.info("Root filesystem: debootstrap from Debian's mirror, as requested");
      return asked;
    }
    if (engine.imageId(debian).isPresent()) {
      progress.info("Root filesystem: the local image " + debian);
      return RootFsSource.DEBIAN_IMAGE;
    }
    Optional<KindException> pullFailure = engine.pull(debian, Duration.ofMinutes(10));
    if (pullFailure.isEmpty()) {
      progress.info("Root filesystem: " + debian + ", pulled");
      return RootFsSource.DEBIAN_IMAGE;
    }
    if (asked == RootFsSource.DEBIAN_IMAGE) {
      throw new KindException("rootFs DEBIAN_IMAGE: " + debian + " is not present and pulling it failed ("
          + pullFailure.get().getMessage() + "); load it with `docker load`, or use RootFsSource.DEBOOTSTRAP offline",
          pullFailure.get());
    }
    Optional<String> noDebootstrap = DebootstrapRootFs.unavailableReason();
    if (noDebootstrap.isPresent()) {
      throw new KindException("No root filesystem source: " + debian + " is not present, pulling it failed ("
          + pullFailure.get().getMessage() + "), and " + noDebootstrap.get(), pullFailure.get());
    }
    progress.info("Root filesystem: debootstrap from Debian's mirror, because " + debian
        + " is not present and pulling it failed (" + pullFailure.get().getMessage() + ")");
    return RootFsSource.DEBOOTSTRAP;
  }

  private void warnIfLowMemory() {
    long memory = engine.memoryBytes();
    if (memory > 0 && memory < LOW_MEMORY_BYTES) {
      progress.warn(String.format("The Docker engine has %.1f GB of memory; building Kubernetes needs at least 6 GB "
          + "and 8 GB is recommended. Give the engine more memory, and free space with `docker system prune`.",
          memory / 1e9));
    }
  }

  private static Optional<String> gitDescribe() {
    return HostCommand.outputIfSucceeds(List.of("git", "describe", "--always", "--dirty"),
        Path.of("").toAbsolutePath(), Duration.ofSeconds(30));
  }
}
