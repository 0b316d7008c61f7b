package dev.kind4j.plugin.prebuilt;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A third-party build type, as a plugin would ship it: it takes a directory that already holds the
 * Kubernetes binaries. Registered through this test classpath's {@code META-INF/services}.
 */
public final class PrebuiltKubernetesBuilder implements KubernetesBuilder {

  public static final BuildType PREBUILT = BuildType.of("prebuilt");

  private static final List<String> BINARIES = List.of("kubeadm", "kubelet", "kubectl", "kube-apiserver",
      "kube-controller-manager", "kube-scheduler", "kube-proxy");

  @Override
  public BuildType type() {
    return PREBUILT;
  }

  @Override
  public KubernetesArtifacts build(KubernetesBuildContext context) {
    Path source = context.source().tree();
    String version = context.requestedVersion()
        .orElseThrow(() -> new KindException("type prebuilt needs kubernetesVersion(...)"));
    Path bin = context.workDirectory().resolve("bin");
    try {
      Files.createDirectories(bin);
      for (String binary : BINARIES) {
        Files.copy(source.resolve(binary), bin.resolve(binary), StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.progress().info("prebuilt: took the binaries from " + source);
    return KubernetesArtifacts.ofBinaries(version, bin);
  }
}
