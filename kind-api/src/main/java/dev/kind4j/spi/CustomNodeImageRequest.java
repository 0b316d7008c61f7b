package dev.kind4j.spi;

import dev.kind4j.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated request to derive a node image.
 *
 * @param from the node image to start from
 * @param image the reference to tag
 * @param packages Debian packages to install
 * @param copies files to copy in
 * @param preload local images to import into containerd
 * @param rebuild build even when an image with the same inputs exists
 * @param listener receives progress
 */
public record CustomNodeImageRequest(String from, String image, List<String> packages, List<FileCopy> copies,
    List<String> preload, boolean rebuild, ProgressListener listener) {

  /** A host path and where it goes in the image. */
  public record FileCopy(Path hostPath, String nodePath) {}

  public CustomNodeImageRequest {
    packages = List.copyOf(packages);
    copies = List.copyOf(copies);
    preload = List.copyOf(preload);
  }
}
