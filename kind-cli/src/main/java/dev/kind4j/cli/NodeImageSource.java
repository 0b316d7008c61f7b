package dev.kind4j.cli;

import dev.kind4j.NodeImageBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The Kubernetes source {@code build node-image} is given, told by its shape as kind tells it: a directory is a
 * source tree, a file a server tarball, a URL a tarball to download, and a version such as {@code v1.20.2} a release.
 */
enum NodeImageSource {
  TREE, TARBALL, URL, RELEASE;

  private static final Pattern VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

  /** The shape of {@code source}; an existing path wins over a version of the same spelling. */
  static NodeImageSource of(String source) {
    if (source.contains("://")) {
      return URL;
    }
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      return TREE;
    }
    if (Files.isRegularFile(path)) {
      return TARBALL;
    }
    if (VERSION.matcher(source).matches()) {
      return RELEASE;
    }
    throw new IllegalArgumentException("source: '" + source + "' is neither a directory, a file, a URL nor a "
        + "release; pass a Kubernetes source tree, a kubernetes-server-linux-<arch>.tar.gz, its URL, or a version "
        + "such as v1.20.2");
  }

  /** Sets {@code source} on {@code builder} by its shape. */
  static void apply(String source, NodeImageBuilder builder) {
    switch (of(source)) {
      case TREE -> builder.fromSource(Path.of(source));
      case TARBALL -> builder.fromTarball(Path.of(source));
      case URL -> builder.fromUrl(URI.create(source));
      case RELEASE -> builder.fromRelease(source);
    }
  }
}
