package dev.kind4j.impl.provider;

import dev.kind4j.KindException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The engine's local images: find, build, pull, tag, save, load and remove them. */
public interface Images {

  /** The ID of a local image, if present. */
  Optional<String> imageId(String reference);

  /** The labels of a local image. */
  Map<String, String> imageLabels(String reference);

  /** The entrypoint an image declares. */
  List<String> imageEntrypoint(String reference);

  /**
   * The local image that carries {@code key=value}, if any. When several do (images built FROM it elsewhere inherit
   * its labels), the oldest is the one that was labelled.
   */
  Optional<ImageSummary> oldestImageWithLabel(String key, String value);

  /** The local images that carry the label {@code key} (any value), or {@code key=value}. */
  List<ImageSummary> imagesWithLabel(String key);

  /** Whether a local image of {@code repository} exists, with any tag. */
  boolean hasRepository(String repository);

  /** Tags an image as {@code reference} ({@code repository:tag}). */
  void tag(String imageId, String reference);

  /**
   * The ID of a local image, pulling it first when it is missing. When neither works, throws a {@link KindException}
   * with the message {@code unavailable} makes of the pull's one-line reason, caused by the pull's failure.
   */
  String presentOrPulled(String reference, Function<String, String> unavailable);

  /**
   * Pulls an image within {@code timeout}. Returns why it failed, if it did: the message is one line, fit for a
   * fallback's one calm line, and the engine's error, where it raised one, is the cause.
   */
  Optional<KindException> pull(String reference, Duration timeout);

  /** Builds an image as {@link #build(InputStream, String, Map, Map, Consumer, Duration)} does, within an hour. */
  String build(InputStream contextTar, String reference, Map<String, String> buildArgs, Map<String, String> labels,
      Consumer<String> output);

  /**
   * Builds an image from a build-context tar stream that holds a {@code Dockerfile}; returns its full ID. Each line
   * of build output goes to {@code output}. A build still running after {@code timeout} is stopped and fails.
   */
  String build(InputStream contextTar, String reference, Map<String, String> buildArgs, Map<String, String> labels,
      Consumer<String> output, Duration timeout);

  /** Loads a {@code docker save} archive ({@code docker load}). */
  void loadImage(InputStream archive);

  /** Streams an image as a {@code docker save} archive; the engine may send its first byte only after minutes. */
  InputStream saveImage(String reference);

  /** Streams several images as one {@code docker save} archive. */
  InputStream saveImages(List<String> references);

  /** Removes an image, ignoring one that is already gone. */
  void removeImage(String reference);
}
