package dev.kind4j.impl.testing;

import dev.kind4j.BuildType;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Images the engine-backed tests share, built locally (no registry) and reused through kind4j's cache. */
public final class TestImages {

  /** The base image every engine-backed test runs nodes from. */
  public static final String BASE = "kind4j-test/base:latest";
  /** The node image built from the Kubernetes v1.20.2 source that Debian ships. */
  public static final String NODE = "kind4j-test/node:v1.20.2";
  /** A 2 MB image holding only a shell, made from the base image's files. */
  public static final String TINY = "kind4j-test/tiny:latest";

  private TestImages() {}

  /** Builds the base image by the offline path, or reuses it when its inputs are unchanged. */
  public static synchronized ImageRef base() {
    return Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).tag(BASE).build();
  }

  /** Builds {@link #NODE} with the DOCKER type, or reuses it when its inputs are unchanged. */
  public static synchronized ImageRef node() {
    return Kind.nodeImage().fromSource(KubernetesSource.tree()).type(BuildType.DOCKER).image(NODE)
        .baseImage(base().name()).build();
  }

  /** A small HTTP server: socat answering {@code hello from kind4j} on port 8080, with a shell beside it. */
  public static final String WEB = "kind4j-test/web:latest";

  /** Builds {@link #WEB} from the base image's socat and dash and the libraries they link. */
  public static synchronized String web(DockerEngine engine) {
    base();
    String dockerfile = String.join("\n",
        "FROM " + BASE + " AS collect",
        "RUN mkdir -p /out/bin /out/usr/bin && cp /bin/dash /out/bin/sh && cp /usr/bin/socat /out/usr/bin/socat \\",
        " && for lib in $(ldd /bin/dash /usr/bin/socat | grep -o '/[^ ]*' | grep -v ':$' | sort -u); do mkdir -p /out$(dirname $lib) && cp -L $lib /out$lib; done",
        "FROM scratch",
        "COPY --from=collect /out/ /",
        "COPY respond /respond",
        "ENTRYPOINT [\"socat\", \"TCP-LISTEN:8080,fork,reuseaddr\", \"EXEC:/respond\"]",
        "");
    String respond = "#!/bin/sh\nprintf 'HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nhello from kind4j\\n'\n";
    Map<String, Tar.Entry> files = new LinkedHashMap<>();
    files.put("Dockerfile", new Tar.Entry(dockerfile.getBytes(StandardCharsets.UTF_8), 0644));
    files.put("respond", new Tar.Entry(respond.getBytes(StandardCharsets.UTF_8), 0755));
    engine.build(new ByteArrayInputStream(Tar.of(files)), WEB, Map.of(), Map.of(), line -> {});
    return WEB;
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
