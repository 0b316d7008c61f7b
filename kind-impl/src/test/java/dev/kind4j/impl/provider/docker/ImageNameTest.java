package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageNameTest {

  @Test
  void splitsRepositoryAndTag() {
    assertThat(ImageName.parse("kindest/base:v20261127-abc")).isEqualTo(new ImageName("kindest/base", "v20261127-abc"));
  }

  @Test
  void defaultsToLatest() {
    assertThat(ImageName.parse("debian")).isEqualTo(new ImageName("debian", "latest"));
  }

  @Test
  void registryPortIsNotATag() {
    assertThat(ImageName.parse("localhost:5000/node")).isEqualTo(new ImageName("localhost:5000/node", "latest"));
    assertThat(ImageName.parse("localhost:5000/node:v1")).isEqualTo(new ImageName("localhost:5000/node", "v1"));
  }

  @Test
  void digestWinsOverTag() {
    assertThat(ImageName.parse("kindest/node:v1.20.2@sha256:abc"))
        .isEqualTo(new ImageName("kindest/node", "sha256:abc"));
  }
}
