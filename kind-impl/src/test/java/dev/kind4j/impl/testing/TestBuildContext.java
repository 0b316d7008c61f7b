package dev.kind4j.impl.testing;

import dev.kind4j.ProgressListener;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesSource;
import java.nio.file.Path;
import java.util.Optional;

/** A build context for calling a {@link dev.kind4j.spi.KubernetesBuilder} directly in tests: amd64, no version asked. */
public record TestBuildContext(KubernetesSource source, Path workDirectory, ProgressListener progress)
    implements KubernetesBuildContext {

  /** A context that reports to nobody. */
  public TestBuildContext(KubernetesSource source, Path workDirectory) {
    this(source, workDirectory, ProgressListener.NONE);
  }

  @Override
  public String arch() {
    return "amd64";
  }

  @Override
  public Optional<String> requestedVersion() {
    return Optional.empty();
  }
}
