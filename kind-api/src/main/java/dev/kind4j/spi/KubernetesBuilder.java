package dev.kind4j.spi;

import dev.kind4j.BuildType;

/**
 * Turns a {@link KubernetesSource} into Kubernetes binaries: one implementation per {@link BuildType}.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.kind4j.spi.KubernetesBuilder}. kind4j's own are registered the same
 * way, and a plugin whose {@link #type()} equals a built-in one takes precedence over it.
 *
 * <p>Evolution: methods added to this interface will have defaults; {@link KubernetesBuildContext}
 * is an interface kind4j implements, so it can grow without breaking builders.
 */
public interface KubernetesBuilder {

  /** The type this builder handles. */
  BuildType type();

  /**
   * A stable description of this builder's settings (tool versions, flags), part of the node
   * image's cache key: change it whenever the same source would build differently.
   */
  default String settings() {
    return type().name();
  }

  /** Builds; throws {@link dev.kind4j.KindException} with what to fix when it cannot. */
  KubernetesArtifacts build(KubernetesBuildContext context);
}
