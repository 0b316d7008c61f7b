package dev.kind4j.spi;

import dev.kind4j.BuildType;
import dev.kind4j.ProgressListener;
import java.util.Optional;

/**
 * A validated request to build a node image.
 *
 * @param source where Kubernetes comes from
 * @param type the build type that handles the source
 * @param image the reference to tag
 * @param baseImage the base image, or empty for kind4j's own
 * @param arch the target architecture, as Go names it
 * @param kubernetesVersion the version the caller named, if any
 * @param rebuild build even when an image with the same inputs exists
 * @param listener receives progress
 */
public record NodeImageRequest(KubernetesSource source, BuildType type, String image, Optional<String> baseImage,
    String arch, Optional<String> kubernetesVersion, boolean rebuild, ProgressListener listener) {}
