package dev.kind4j.impl.testing;

import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Images the engine-backed tests share, built locally (no registry) and reused through kind4j's cache. */
public final class TestImages {

  /** The base image every engine-backed test runs nodes from. */
  public static final String BASE = "kind4j-test/base:latest";
  /** A 2 MB image holding only a shell, made from the base image's files. */
  public static final String TINY = "kind4j-test/tiny:latest";

  private TestImages() {}

  /** Builds the base image by the offline path, or reuses it when its inputs are unchanged. */
  public static synchronized ImageRef base() {
    return Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).tag(BASE).build();
  }

  /** Builds {@link #TINY}: {@code /bin/sh} and the libraries it links, copied out of the base image. */
  public static synchronized String tiny(DockerEngine engine) {
    base();
    String dockerfile = String.join("\n",
        "FROM " + BASE + " AS collect",
        "RUN mkdir -p /out/bin && cp /bin/dash /out/bin/sh \\",
        " && for lib in $(ldd /bin/dash | grep -o '/[^ ]*'); do mkdir -p /out$(dirname $lib) && cp -L $lib /out$lib; done",
        "FROM scratch",
        "COPY --from=collect /out/ /",
        "CMD [\"/bin/sh\", \"-c\", \"echo hello from tiny\"]",
        "");
    byte[] context = Tar.ofFile("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
    engine.build(new ByteArrayInputStream(context), TINY, Map.of(), Map.of(), line -> {});
    return TINY;
  }
}
