package dev.kind4j.impl.registry;

import dev.kind4j.ImageRef;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.engine.Labels;
import dev.kind4j.impl.image.ImageCache;
import dev.kind4j.impl.image.base.BaseImageBuild;
import dev.kind4j.impl.progress.Progress;
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

  /** The image, and the image a reaper can start from when one must (it needs bash and socat). */
  record Choice(String reference, String reaperImage) {}

  private RegistryImage() {}

  static Choice choose(DockerEngine engine, Progress progress) {
    if (engine.imageId(UPSTREAM).isPresent()) {
      return new Choice(UPSTREAM, UPSTREAM);
    }
    Optional<String> failure = engine.pull(UPSTREAM, PULL_WITHIN).map(Exception::getMessage);
    if (failure.isEmpty()) {
      return new Choice(UPSTREAM, UPSTREAM);
    }
    progress.info("Using a registry built from Debian's docker-registry package: " + UPSTREAM
        + " is neither present nor pullable (" + failure.get() + ")");
    ImageRef base = new BaseImageBuild(engine, new BaseImageRequest(null, RootFsSource.AUTO, "bookworm", false,
        progress)).run();
    return new Choice(built(engine, progress, base), base.name());
  }

  private static String built(DockerEngine engine, Progress progress, ImageRef base) {
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
