package dev.kind4j.impl.cluster.loadbalancer;

import dev.kind4j.ImageRef;
import dev.kind4j.impl.image.ImageCache;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The load balancer's image: kind's haproxy image, as kind pins it, where it is present or a registry answers;
 * otherwise kind4j's own build of Debian's haproxy on the node image's Debian, cached by a hash of its inputs.
 */
public final class LoadBalancerImage {

  /** kind's haproxy image, as kind pins it. */
  public static final String KIND_IMAGE = "kindest/haproxy:v20230606-42a2262b";
  /** kind4j's own build, under a repository nobody mistakes for upstream's. */
  public static final String LOCAL_IMAGE = "kind4j.local/haproxy:debian";

  private static final String DOCKERFILE = "/dev/kind4j/impl/cluster/loadbalancer/haproxy.Dockerfile";
  private static final Duration PULL_WITHIN = Duration.ofMinutes(5);

  private LoadBalancerImage() {}

  /**
   * The image's ID: kind's if present, else a cached build from {@code debianImage}'s Debian, else kind's pulled, else
   * a new build, with one line saying why.
   *
   * @param debianImage a local Debian image whose apt reaches a mirror, such as a kind4j node image
   */
  public static String ensure(Provider engine, String debianImage, Progress progress) {
    Optional<String> kinds = engine.imageId(KIND_IMAGE);
    if (kinds.isPresent()) {
      return kinds.get();
    }
    String dockerfile = Resources.text(DOCKERFILE).replace("{{base}}", debianImage);
    String inputs = Hashing.sha256().put("dockerfile", dockerfile)
        .put("base", engine.imageId(debianImage).orElseThrow()).hex();
    Optional<ImageRef> cached = ImageCache.find(engine, inputs, LOCAL_IMAGE);
    if (cached.isPresent()) {
      return cached.get().id();
    }
    var failure = engine.pull(KIND_IMAGE, PULL_WITHIN);
    if (failure.isEmpty()) {
      return engine.imageId(KIND_IMAGE).orElseThrow();
    }
    progress.info("kind's load balancer image " + KIND_IMAGE + " is neither present nor pullable ("
        + failure.get().getMessage() + "), so kind4j builds " + LOCAL_IMAGE + " from Debian's haproxy");
    byte[] context = Tar.of(Map.of("Dockerfile", new Tar.Entry(dockerfile.getBytes(StandardCharsets.UTF_8), 0644)));
    return engine.build(new ByteArrayInputStream(context), LOCAL_IMAGE, Map.of(),
        Map.of(Labels.INPUTS, inputs, Labels.IMAGE_KIND, "load-balancer"), progress::output);
  }
}
