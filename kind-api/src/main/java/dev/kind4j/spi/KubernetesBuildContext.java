package dev.kind4j.spi;

import dev.kind4j.ProgressListener;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a {@link KubernetesBuilder} is given. An interface so that kind4j can offer builders more
 * over time without breaking them.
 */
public interface KubernetesBuildContext {

  /** Where Kubernetes comes from. */
  KubernetesSource source();

  /** The target architecture, as Go names it: {@code amd64}, {@code arm64}, … */
  String arch();

  /** The version the caller named, if any; builders must report the version they built either way. */
  Optional<String> requestedVersion();

  /** A scratch directory of the build's own; it is deleted after the node image is assembled. */
  Path workDirectory();

  /** Receives the build's steps and output lines. */
  ProgressListener progress();
}
