package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.util.HostCommand;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BuildType#BAZEL}: builds a source tree that has a {@code WORKSPACE} with the host's Bazel,
 * as {@code kind build node-image --type bazel} did for Kubernetes releases that supported it.
 */
public final class BazelKubernetesBuilder implements KubernetesBuilder {

  @Override
  public BuildType type() {
    return BuildType.BAZEL;
  }

  @Override
  public KubernetesArtifacts build(KubernetesBuildContext context) {
    Path root = context.source().treeIfAny().orElseThrow(() -> new KindException(
        "type bazel builds a Kubernetes source tree; for " + context.source() + " use its own type"));
    if (!Files.isRegularFile(root.resolve("WORKSPACE"))) {
      throw new KindException("type bazel needs a tree with a WORKSPACE file, and " + root + " has none "
          + "(Kubernetes dropped Bazel in 1.21); use BuildType.DOCKER");
    }
    if (HostCommand.which("bazel").isEmpty()) {
      throw new KindException("type bazel needs Bazel on the PATH, and there is none: install Bazel (the version in "
          + root.resolve(".bazelversion") + "), or use BuildType.DOCKER, which needs only Docker");
    }
    String version = new KubernetesTree(root).version(context.requestedVersion());
    List<String> command = new ArrayList<>(List.of("bazel", "build", "--platforms=@io_bazel_rules_go//go/toolchain:linux_"
        + context.arch()));
    KubernetesBinaries.ALL.forEach(name -> command.add("//cmd/" + name));
    Progress progress = Progress.of(context.progress());
    HostCommand.Result result = progress.step("Building Kubernetes " + version + " with Bazel",
        () -> HostCommand.run(command, root, Duration.ofHours(2), progress::output));
    if (result.exitCode() != 0) {
      throw new KindException("bazel build failed (exit " + result.exitCode() + "); the end of its output:\n" + result.output());
    }
    Path bin = context.workDirectory().resolve("bin");
    try {
      Files.createDirectories(bin);
      for (String name : KubernetesBinaries.ALL) {
        Path built = root.resolve("bazel-bin/cmd/" + name + "/" + name + "_/" + name);
        Files.copy(built, bin.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("collecting Bazel's output", e);
    }
    return KubernetesArtifacts.ofBinaries(version, bin);
  }
}
