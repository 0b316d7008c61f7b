package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.spi.KubernetesArtifacts;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesBuilder;

/** {@link BuildType#TARBALL}: a local {@code kubernetes-server-linux-<arch>.tar.gz}. */
public final class TarballKubernetesBuilder implements KubernetesBuilder {

  @Override
  public BuildType type() {
    return BuildType.TARBALL;
  }

  @Override
  public KubernetesArtifacts build(KubernetesBuildContext context) {
    if (context.source().tarball() == null) {
      throw new KindException("type tarball takes fromTarball(path); got " + context.source());
    }
    return ServerTarball.unpack(context.source().tarball(), context.workDirectory(), context.requestedVersion());
  }
}
