package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import dev.kind4j.impl.image.base.DebootstrapRootFs;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Hashing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image Kubernetes is compiled in, carrying the Go release the tree asks for: the official
 * {@code golang:<version>} image when it is present or can be pulled, else Debian's
 * {@code golang-<major.minor>-go} from the Debian release that ships it, by debootstrap.
 *
 * @param reference the image to run
 * @param goRoot where that image keeps Go's {@code bin} directory
 */
public record GoToolchainImage(String reference, String goRoot) {

  /** Debian releases and the Go release each ships as {@code golang-X.Y-go}. */
  private static final Map<String, String> DEBIAN_SUITE_BY_GO = Map.of("1.15", "bullseye", "1.19", "bookworm");
  private static final List<String> BUILD_PACKAGES = List.of("make", "rsync", "jq", "gcc", "libc6-dev", "git",
      "ca-certificates", "findutils", "grep", "sed", "coreutils", "diffutils");

  /** The image for {@code go}, built or pulled when missing. */
  public static GoToolchainImage ensure(Provider engine, GoVersion go, Progress progress) {
    String official = "golang:" + go.full();
    if (engine.imageId(official).isPresent()) {
      progress.info("Compiling with " + official + " (present locally)");
      return new GoToolchainImage(official, "/usr/local/go");
    }
    String suite = DEBIAN_SUITE_BY_GO.get(go.release());
    if (suite != null) {
      List<String> packages = new ArrayList<>(BUILD_PACKAGES);
      packages.add("golang-" + go.release() + "-go");
      String reference = "kind4j/go-builder:" + go.release() + "-" + suite + "-"
          + Hashing.sha256().put("packages", String.join(",", packages)).hex().substring(0, 12);
      String goRoot = "/usr/lib/go-" + go.release();
      if (engine.imageId(reference).isPresent()) {
        progress.info("Compiling with Go " + go.release() + " from Debian " + suite + " (" + reference + ")");
        return new GoToolchainImage(reference, goRoot);
      }
      Optional<KindException> pullFailure = engine.pull(official, Duration.ofMinutes(10));
      if (pullFailure.isEmpty()) {
        progress.info("Compiling with " + official + ", pulled");
        return new GoToolchainImage(official, "/usr/local/go");
      }
      progress.info("Compiling with Go " + go.release() + " from Debian " + suite + ", because " + official
          + " could not be pulled (" + pullFailure.get().getMessage() + ")");
      progress.step("Preparing Go " + go.release() + " builder image", () ->
          DebootstrapRootFs.build(engine, suite, packages, reference, progress));
      return new GoToolchainImage(reference, goRoot);
    }
    Optional<KindException> pullFailure = engine.pull(official, Duration.ofMinutes(10));
    if (pullFailure.isEmpty()) {
      progress.info("Compiling with " + official + ", pulled");
      return new GoToolchainImage(official, "/usr/local/go");
    }
    throw new KindException("The tree needs Go " + go.full() + ": " + official + " could not be pulled ("
        + pullFailure.get().getMessage() + ") and no Debian release known to kind4j ships golang-" + go.release()
        + "-go (known: " + DEBIAN_SUITE_BY_GO + "). Load " + official + " with `docker load`, or build with "
        + "BuildType.HOST and Go " + go.release() + " on the PATH.", pullFailure.get());
  }
}
