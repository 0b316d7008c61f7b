package dev.kind4j.impl.image;

import dev.kind4j.ImageRef;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import java.util.Optional;

/** kind4j's image cache: an image labelled with the hash of its inputs is reused instead of rebuilt. */
public final class ImageCache {

  private ImageCache() {}

  /** The image built from {@code inputs}, tagged {@code reference} if it is not already. */
  public static Optional<ImageRef> find(Provider engine, String inputs, String reference) {
    return engine.oldestImageWithLabel(Labels.INPUTS, inputs).map(image -> {
      if (engine.imageId(reference).filter(image.id()::equals).isEmpty()) {
        engine.tag(image.id(), reference);
      }
      return new ImageRef(reference, image.id(), true);
    });
  }
}
