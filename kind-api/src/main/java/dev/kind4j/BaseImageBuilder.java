package dev.kind4j;

import dev.kind4j.spi.BaseImageRequest;
import dev.kind4j.spi.KindProvider;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds kind's base image: Debian with systemd as init, containerd, runc, the CNI plugins, the
 * kubelet unit and kind4j's node entrypoint.
 *
 * <p>The default tag is {@code kindest/base:v<yyyyMMdd>-<git describe --always --dirty>}, as kind's
 * {@code make quick}; the {@code TAG} environment variable replaces the part after the colon. An
 * image whose inputs are unchanged is reused rather than rebuilt, unless {@link #rebuild(boolean)}.
 *
 * <p>Not thread-safe; {@link #build()} copies the settings, so the builder may be reused.
 */
public final class BaseImageBuilder {

  private static final Pattern SUITE = Pattern.compile("[a-z][a-z0-9-]*");

  private final KindProvider provider;
  private String tag;
  private RootFsSource rootFs = RootFsSource.AUTO;
  private String suite = "bookworm";
  private boolean rebuild;
  private ProgressListener listener = ProgressListener.NONE;

  BaseImageBuilder(KindProvider provider) {
    this.provider = provider;
  }

  /** The full image reference to tag, such as {@code kindest/base:v0.1.0}; overrides the default and {@code TAG}. */
  public BaseImageBuilder tag(String tag) {
    this.tag = requireImageReference("tag", tag);
    return this;
  }

  /** Where the root filesystem comes from; {@link RootFsSource#AUTO} by default. */
  public BaseImageBuilder rootFs(RootFsSource rootFs) {
    this.rootFs = Objects.requireNonNull(rootFs, "rootFs");
    return this;
  }

  /** The Debian release to build on, {@code bookworm} by default. */
  public BaseImageBuilder debianSuite(String suite) {
    if (suite == null || !SUITE.matcher(suite).matches()) {
      throw new IllegalArgumentException(
          "debianSuite: '" + suite + "' is not a Debian suite name; use a codename such as 'bookworm'");
    }
    this.suite = suite;
    return this;
  }

  /** Builds even when an image with the same inputs exists. */
  public BaseImageBuilder rebuild(boolean rebuild) {
    this.rebuild = rebuild;
    return this;
  }

  /** Receives the build's steps and messages. */
  public BaseImageBuilder progress(ProgressListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Builds the image, or reuses one built from the same inputs, and returns it. */
  public ImageRef build() {
    return provider.buildBaseImage(new BaseImageRequest(tag, rootFs, suite, rebuild, listener));
  }

  static String requireImageReference(String field, String reference) {
    if (reference == null || reference.isBlank() || reference.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          field + ": '" + reference + "' is not an image reference; use a name such as 'kindest/base:v0.1.0'");
    }
    return reference;
  }
}
