package dev.kind4j.impl.registry;

import dev.kind4j.ImageRef;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.image.ImageCache;
import dev.kind4j.impl.image.base.BaseImageBuild;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ImageSummary;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Tar;
import dev.kind4j.spi.BaseImageRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The image a local registry runs: {@value #UPSTREAM} when it is present or can be pulled, else one built from
 * Debian's {@code docker-registry} package on kind4j's base image, with no registry needed, and reused while its
 * Dockerfile and base image are unchanged.
 */
final class RegistryImage {

  /** The registry image kind's local-registry guide runs. */
  static final String UPSTREAM = "registry:2";
  /** What kind4j's own build is tagged. */
  static final String LOCAL = "kind4j.local/registry:debian";

  private static final Duration PULL_WITHIN = Duration.ofSeconds(30);

  private RegistryImage() {}

  /** {@value #UPSTREAM} when present or pullable, else kind4j's own build. */
  static String choose(Provider engine, Progress progress) {
    if (engine.imageId(UPSTREAM).isPresent()) {
      return UPSTREAM;
    }
    Optional<String> failure = engine.pull(UPSTREAM, PULL_WITHIN).map(Exception::getMessage);
    if (failure.isEmpty()) {
      return UPSTREAM;
    }
    progress.info("Using a registry built from Debian's docker-registry package: " + UPSTREAM
        + " is neither present nor pullable (" + failure.get() + ")");
    return built(engine, progress, base(engine, progress));
  }

  /**
   * An image the session reaper can start from (it needs bash and socat, which registry images lack): a kind4j base
   * image already on the engine, else one built.
   */
  static String reaperImage(Provider engine, Progress progress) {
    return engine.oldestImageWithLabel(Labels.IMAGE_KIND, "base").map(ImageSummary::id)
        .orElseGet(() -> base(engine, progress).name());
  }

  private static ImageRef base(Provider engine, Progress progress) {
    return new BaseImageBuild(engine, new BaseImageRequest(null, RootFsSource.AUTO, "bookworm", false, progress)).run();
  }

  private static String built(Provider engine, Progress progress, ImageRef base) {
    String dockerfile = Resources.text("/dev/kind4j/impl/registry/registry.Dockerfile").replace("{{base}}", base.name());
    String inputs = Hashing.sha256().put("dockerfile", dockerfile).put("base", base.id()).hex();
    Optional<ImageRef> cached = ImageCache.find(engine, inputs, LOCAL);
    if (cached.isPresent()) {
      return cached.get().name();
    }
    byte[] context = Tar.ofFile("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
    progress.step("Building registry image " + LOCAL, () -> engine.build(new ByteArrayInputStream(context), LOCAL,
        Map.of(), Map.of(Labels.INPUTS, inputs, Labels.IMAGE_KIND, "registry"), progress::output));
    return LOCAL;
  }
}
