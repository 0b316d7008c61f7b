package dev.kind4j.impl.image.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import org.junit.jupiter.api.Test;

/** Builds the base image on the real engine by the offline path, then again from the cache. */
class BaseImageIT {

  @Test
  void buildsOfflineThenReusesTheImage() {
    ImageRef first = Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).tag("kind4j-test/base:it").build();
    ImageRef second = Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).tag("kind4j-test/base:it").build();

    assertThat(second.reused()).isTrue();
    assertThat(second.id()).isEqualTo(first.id());
    try (Provider engine = Providers.connect()) {
      assertThat(engine.imageId("kind4j-test/base:it")).contains(first.id());
      assertThat(engine.imageLabels(first.id())).containsEntry(Labels.IMAGE_KIND, "base").containsKey(Labels.INPUTS);
    }
  }
}
