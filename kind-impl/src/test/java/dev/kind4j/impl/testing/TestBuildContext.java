package dev.kind4j.impl.testing;

import dev.kind4j.ProgressListener;
import dev.kind4j.spi.KubernetesBuildContext;
import dev.kind4j.spi.KubernetesSource;
import java.nio.file.Path;
import java.util.Optional;

/** A build context for calling a {@link dev.kind4j.spi.KubernetesBuilder} directly in tests: amd64, no version asked. */
public record TestBuildContext(KubernetesSource source, Path workDirectory) implements KubernetesBuildContext {

  @Override
  public String arch() {
    return "amd64";
  }

  @Override
  public Optional<String> requestedVersion() {
    return Optional.empty();
  }

  @Override
  public ProgressListener progress() {
    return ProgressListener.NONE;
  }
}
