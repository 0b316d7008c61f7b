package dev.kind4j.impl;

import dev.kind4j.ImageRef;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.image.base.BaseImageBuild;
import dev.kind4j.spi.BaseImageRequest;
import dev.kind4j.spi.KindProvider;

/** kind4j on a Docker engine, through docker-java. Registered for {@link java.util.ServiceLoader}. */
public final class DockerKindProvider implements KindProvider {

  @Override
  public ImageRef buildBaseImage(BaseImageRequest request) {
    try (DockerEngine engine = DockerEngine.connect()) {
      return new BaseImageBuild(engine, request).run();
    }
  }
}
