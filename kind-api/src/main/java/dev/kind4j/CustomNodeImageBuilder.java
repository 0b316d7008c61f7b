package dev.kind4j;

import dev.kind4j.spi.CustomNodeImageRequest;
import dev.kind4j.spi.KindProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Derives a node image from another: extra Debian packages, extra files, and container images
 * preloaded into containerd so pods start without loading them. The Java form of the seed's
 * {@code FROM kindest/node … RUN apt-get install … COPY image.tar /kind} Dockerfile.
 *
 * <pre>{@code
 * ImageRef custom = Kind.nodeImage().from("kindest/node:v1.20.2")
 *     .aptInstall("iputils-ping", "tcpdump")
 *     .preload("my-app:dev")
 *     .image("my-node:dev")
 *     .build();
 * }</pre>
 */
public final class CustomNodeImageBuilder {

  private static final Pattern PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+:~-]+)?");

  private final KindProvider provider;
  private final String from;
  private final List<String> packages = new ArrayList<>();
  private final List<CustomNodeImageRequest.FileCopy> copies = new ArrayList<>();
  private final List<String> preload = new ArrayList<>();
  private String image;
  private boolean rebuild;
  private ProgressListener listener = ProgressListener.NONE;

  CustomNodeImageBuilder(KindProvider provider, String from) {
    this.provider = provider;
    this.from = BaseImageBuilder.requireImageReference("from", from);
  }

  /** Installs Debian packages with apt, such as {@code iputils-ping}. */
  public CustomNodeImageBuilder aptInstall(String... names) {
    for (String name : names) {
      if (name == null || !PACKAGE.matcher(name).matches()) {
        throw new IllegalArgumentException("aptInstall: '" + name + "' is not a Debian package name, such as 'tcpdump'");
      }
      packages.add(name);
    }
    return this;
  }

  /** Copies a host file or directory into the image at the absolute {@code nodePath}. */
  public CustomNodeImageBuilder copy(Path hostPath, String nodePath) {
    if (hostPath == null || !Files.exists(hostPath)) {
      throw new IllegalArgumentException("copy: '" + hostPath + "' does not exist on this host");
    }
    if (nodePath == null || !nodePath.startsWith("/") || nodePath.endsWith("/")) {
      throw new IllegalArgumentException("copy: node path '" + nodePath + "' must be absolute, such as /kind/extra.tar");
    }
    copies.add(new CustomNodeImageRequest.FileCopy(hostPath.toAbsolutePath().normalize(), nodePath));
    return this;
  }

  /** Imports local images into the node image's containerd, so pods can use them at once. */
  public CustomNodeImageBuilder preload(String... images) {
    for (String preloaded : images) {
      preload.add(BaseImageBuilder.requireImageReference("preload", preloaded));
    }
    return this;
  }

  /** The reference to tag the derived image with. Required. */
  public CustomNodeImageBuilder image(String image) {
    this.image = BaseImageBuilder.requireImageReference("image", image);
    return this;
  }

  /** Builds even when an image with the same inputs exists. */
  public CustomNodeImageBuilder rebuild(boolean rebuild) {
    this.rebuild = rebuild;
    return this;
  }

  /** Receives the build's steps and messages. */
  public CustomNodeImageBuilder progress(ProgressListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Builds the derived image, or reuses one built from the same inputs. */
  public ImageRef build() {
    if (image == null) {
      throw new IllegalArgumentException("image: not set; name the derived image, such as image(\"my-node:dev\")");
    }
    return provider.buildCustomNodeImage(new CustomNodeImageRequest(from, image, packages, copies, preload, rebuild,
        listener));
  }
}
