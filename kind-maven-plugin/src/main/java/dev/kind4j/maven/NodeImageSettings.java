package dev.kind4j.maven;

import dev.kind4j.BuildType;
import dev.kind4j.NodeImageBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The node image {@code kind4j:build-node-image} is configured to build, as {@link NodeImageBuilder} describes one.
 *
 * @param source a Kubernetes source tree or server tarball, or null for {@link NodeImageBuilder}'s default
 * @param type the build type's name, or null to detect it from the source
 * @param image the reference to tag the image with, or null for {@value NodeImageBuilder#DEFAULT_IMAGE}
 * @param baseImage the base image to build on, or null for kind4j's own
 */
record NodeImageSettings(Path source, String type, String image, String baseImage) {

  /** Hands the settings to {@code builder}; a value kind4j refuses is an error naming its parameter. */
  NodeImageBuilder configure(NodeImageBuilder builder) throws MojoExecutionException {
    if (source != null) {
      if (Files.isDirectory(source)) {
        builder.fromSource(source);
      } else if (Files.isRegularFile(source)) {
        builder.fromTarball(source);
      } else {
        throw Parameters.invalid("source", "kind4j.source", source + " does not exist; give a Kubernetes source "
            + "tree or a kubernetes-server-linux-<arch>.tar.gz, relative to the project's directory");
      }
    }
    if (present(type)) {
      Parameters.set("type", "kind4j.type", () -> builder.type(BuildType.of(type)));
    }
    if (present(image)) {
      Parameters.set("image", "kind4j.image", () -> builder.image(image));
    }
    if (present(baseImage)) {
      Parameters.set("baseImage", "kind4j.baseImage", () -> builder.baseImage(baseImage));
    }
    return builder;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
