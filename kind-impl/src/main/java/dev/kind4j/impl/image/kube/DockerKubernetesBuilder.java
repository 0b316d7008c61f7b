package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@link BuildType#DOCKER}: compiles a source tree inside a builder container that carries the Go
 * release the tree asks for, so the host needs only Docker. The tree is mounted read-only and
 * mirrored into a volume of its own; the Go build cache lives in a named volume per Go release, so
 * rebuilds are incremental.
 */
public final class DockerKubernetesBuilder implements KubernetesBuilder {

  private static final String SCRIPT = Resources.text("/dev/kind4j/impl/image/kube/build-in-container.sh");
  private static final Duration BUILD_TIMEOUT = Duration.ofHours(2);
  private static final int FAILURE_TAIL_LINES = 60;

  @Override
  public BuildType type() {
    return BuildType.DOCKER;
  }

  @Override
  public String settings() {
    return "docker;" + KubernetesBinaries.TARGETS + ";" + Hashing.sha256().put("script", SCRIPT).hex();
  }

  /** The volume that keeps a tree's mirror and build output between builds: one per tree, named after its path. */
  static String workVolume(Path tree) {
    return "kind4j-kube-src-" + Hashing.sha256().put("tree", tree.toString()).hex().substring(0, 12);
  }

  @Override
  public KubernetesArtifacts build(KubernetesBuildContext context) {
    Path root = context.source().treeIfAny().orElseThrow(() -> new KindException(
        "type docker builds a Kubernetes source tree; for " + context.source() + " use its own type"));
    KubernetesTree tree = new KubernetesTree(root);
    String version = tree.version(context.requestedVersion());
    Progress progress = Progress.of(context.progress());
    try (Provider engine = Providers.connect()) {
      engine.remoteHost().ifPresent(host -> {
        throw new KindException("type docker mounts the Kubernetes source tree " + root + " into its build container, "
            + "but the Docker engine runs on " + host + ", which cannot see this machine's files: build with a local "
            + "engine (unset DOCKER_HOST / " + Providers.HOST_PROPERTY + "), or with type host");
      });
      GoVersion go = tree.goVersion();
      GoToolchainImage toolchain = GoToolchainImage.ensure(engine, go, progress);
      String arch = context.arch();
      String workVolume = workVolume(root);
      ContainerSpec spec = ContainerSpec.builder(toolchain.reference())
          .entrypoint("bash", "-c", SCRIPT, "build-in-container")
          .env("WHAT", KubernetesBinaries.TARGETS)
          .env("KUBE_GIT_VERSION", version)
          .env("KUBE_BUILD_PLATFORMS", "linux/" + arch)
          .env("PATH", toolchain.goRoot() + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
          .mount(root.toString(), "/src", true)
          .mount(workVolume, "/work", false)
          .mount("kind4j-go-build-cache-go" + go.release() + "-" + arch, "/work/kubernetes/_output/local/go/cache", false)
          .label("dev.kind4j.build", "kubernetes")
          .build();
      return progress.step("Building Kubernetes " + version + " in " + toolchain.reference(), () -> {
        String id = engine.run(spec);
        try {
          Deque<String> tail = new ArrayDeque<>();
          int exit = engine.followUntilExit(id, BUILD_TIMEOUT, line -> {
            progress.output(line);
            tail.addLast(line);
            if (tail.size() > FAILURE_TAIL_LINES) {
              tail.removeFirst();
            }
          });
          if (exit != 0) {
            throw new KindException("building Kubernetes " + version + " failed (exit " + exit + "); the end of the build log:\n"
                + String.join("\n", tail));
          }
          engine.copyOutTo(id, "/work/kubernetes/_output/kind4j", context.workDirectory());
          return KubernetesArtifacts.ofBinaries(version, context.workDirectory().resolve("kind4j/bin"));
        } finally {
          engine.remove(id);
        }
      });
    }
  }
}
