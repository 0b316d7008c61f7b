package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.util.HostCommand;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link BuildType#HOST}: compiles a source tree with the Go toolchain on the host's {@code PATH},
 * which must be the release the tree asks for. The tree is copied first, so nothing is written into it.
 */
public final class HostKubernetesBuilder implements KubernetesBuilder {

  @Override
  public BuildType type() {
    return BuildType.HOST;
  }

  @Override
  public String settings() {
    return "host;" + KubernetesBinaries.TARGETS + ";" + hostGo().map(GoVersion::full).orElse("none");
  }

  @Override
  public KubernetesArtifacts build(KubernetesBuildContext context) {
    Path root = context.source().treeIfAny().orElseThrow(() -> new KindException(
        "type host builds a Kubernetes source tree; for " + context.source() + " use its own type"));
    KubernetesTree tree = new KubernetesTree(root);
    GoVersion wanted = tree.goVersion();
    Optional<GoVersion> found = hostGo();
    if (found.isEmpty() || found.get().minor() != wanted.minor() || found.get().major() != wanted.major()) {
      throw new KindException("type host needs Go " + wanted.release() + " on the PATH (" + root + " asks for Go "
          + wanted.full() + "), but " + found.map(g -> "Go " + g.full() + " is there").orElse("there is no go")
          + ". Install Go " + wanted.release() + " (Debian: golang-" + wanted.release() + "-go), or use BuildType.DOCKER,"
          + " which needs only Docker.");
    }
    String version = tree.version(context.requestedVersion());
    Path copy = context.workDirectory().resolve("kubernetes");
    Progress progress = Progress.of(context.progress());
    progress.step("Copying " + root, () -> HostCommand.output(List.of("cp", "-a", root + "/.", copy.toString()),
        context.workDirectory(), Duration.ofMinutes(10)));
    progress.step("Building Kubernetes " + version + " with Go " + found.get().full(), () -> {
      // without the in-tree cloud providers unless the user's GOFLAGS say otherwise, as kind builds
      String goFlags = Optional.ofNullable(System.getenv("GOFLAGS")).orElse("-tags=providerless");
      HostCommand.Result make = HostCommand.run(List.of("env", "KUBE_GIT_VERSION=" + version, "KUBE_GIT_TREE_STATE=clean",
          "GOFLAGS=" + goFlags, "make", "WHAT=" + KubernetesBinaries.TARGETS, "KUBE_BUILD_PLATFORMS=linux/"
          + context.arch()), copy, Duration.ofHours(2), progress::output);
      if (make.exitCode() != 0) {
        throw new KindException("make failed (exit " + make.exitCode() + "); the end of its output:\n" + make.output());
      }
      return null;
    });
    Path bin = copy.resolve("_output/local/bin/linux/" + context.arch());
    return KubernetesArtifacts.ofBinaries(version, bin);
  }

  static Optional<GoVersion> hostGo() {
    return HostCommand.outputIfSucceeds(List.of("go", "env", "GOVERSION"), Path.of("/"), Duration.ofSeconds(30))
        .flatMap(GoVersion::parse);
  }
}
