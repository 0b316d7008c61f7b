package dev.kind4j.spi;

import dev.kind4j.ProgressListener;
import dev.kind4j.RootFsSource;

/**
 * A validated request to build a base image.
 *
 * @param tag the image reference to tag, or {@code null} for the default
 * @param rootFs where the Debian root filesystem comes from
 * @param suite the Debian release, such as {@code bookworm}
 * @param rebuild build even when an image with the same inputs exists
 * @param listener receives progress
 */
public record BaseImageRequest(
    String tag, RootFsSource rootFs, String suite, boolean rebuild, ProgressListener listener) {}
