package dev.kind4j.impl.testing;

import dev.kind4j.BuildType;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.RootFsSource;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Images the engine-backed tests share, built locally (no registry) and reused through kind4j's cache. */
public final class TestImages {

  /** The base image every engine-backed test runs nodes from. */
  public static final String BASE = "kind4j-test/base:latest";
  /**
   * The default tag of the node image built from the Kubernetes v1.20.2 source that Debian ships; {@link #nodeTag()}
   * is the tag in use. Annotations such as {@code @KindCluster(image = TestImages.NODE)} can only name this one.
   */
  public static final String NODE = "kind4j-test/node:v1.20.2";
  /** The system property that renames the node image, so branches that change its content don't rebuild each other's. */
  public static final String NODE_PROPERTY = "kind4j.test.nodeImage";
  /** A 2 MB image holding only a shell, made from the base image's files. */
  public static final String TINY = "kind4j-test/tiny:latest";

  private TestImages() {}

  /** Builds the base image by the offline path, or reuses it when its inputs are unchanged. */
  public static synchronized ImageRef base() {
    return Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).tag(BASE).build();
  }

  /** The node image's tag: the system property {@value #NODE_PROPERTY} if set, else {@link #NODE}. */
  public static String nodeTag() {
    return System.getProperty(NODE_PROPERTY, NODE);
  }

  /** Builds {@link #nodeTag()} with the DOCKER type, or reuses it when its inputs are unchanged. */
  public static synchronized ImageRef node() {
    return Kind.nodeImage().fromSource(KubernetesSource.tree()).type(BuildType.DOCKER).image(nodeTag())
        .baseImage(base().name()).build();
  }

  /** A small HTTP server: socat answering {@code hello from kind4j} on port 8080, with a shell beside it. */
  public static final String WEB = "kind4j-test/web:latest";

  /** Builds {@link #WEB} from the base image's socat and dash and the libraries they link. */
  public static synchronized String web(Provider engine) {
    String respond = "#!/bin/sh\nprintf 'HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nhello from kind4j\\n'\n";
    return collected(engine, WEB, List.of(), List.of("/usr/bin/socat"), Map.of("respond", respond),
        "[\"socat\", \"TCP-LISTEN:8080,fork,reuseaddr\", \"EXEC:/respond\"]");
  }

  /** Builds {@link #TINY}: {@code /bin/sh} and the libraries it links, copied out of the base image. */
  public static synchronized String tiny(Provider engine) {
    return collected(engine, TINY, List.of(), List.of(), Map.of(), "[\"/bin/sh\", \"-c\", \"echo hello from tiny\"]");
  }

  /** DNS clients for pods: dig (from Debian's bind9-dnsutils), getent, cat, date and sleep, with a shell beside
   * them. */
  public static final String DNS_TOOLS = "kind4j-test/dns-tools:latest";

  /** Builds {@link #DNS_TOOLS}; its container sleeps until stopped. */
  public static synchronized String dnsTools(Provider engine) {
    return collected(engine, DNS_TOOLS, List.of("bind9-dnsutils"), List.of("/usr/bin/dig", "/usr/bin/getent",
        "/bin/cat", "/bin/date", "/bin/sleep"), Map.of(), "[\"/bin/sleep\", \"infinity\"]");
  }

  /**
   * An image holding dash as {@code /bin/sh}, the given programs of the base image (with {@code packages} installed
   * first), the libraries they link, and extra executable files at the root; nothing else.
   */
  private static String collected(Provider engine, String reference, List<String> packages, List<String> programs,
      Map<String, String> executables, String entrypoint) {
    base();
    String copies = programs.stream().map(p -> " && cp " + p + " /out" + p).collect(Collectors.joining());
    String linked = String.join(" ", programs);
    StringBuilder dockerfile = new StringBuilder()
        .append("FROM ").append(BASE).append(" AS collect\n");
    if (!packages.isEmpty()) {
      dockerfile.append("RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ")
          .append("--no-install-recommends ").append(String.join(" ", packages)).append("\n");
    }
    dockerfile
        .append("RUN mkdir -p /out/bin /out/usr/bin && cp /bin/dash /out/bin/sh").append(copies)
        .append(" && for lib in $(ldd /bin/dash ").append(linked).append(" | grep -o '/[^ ]*' | grep -v ':$' | sort -u);")
        .append(" do mkdir -p /out$(dirname $lib) && cp -L $lib /out$lib; done\n")
        .append("FROM scratch\n")
        .append("COPY --from=collect /out/ /\n");
    Map<String, Tar.Entry> files = new LinkedHashMap<>();
    executables.forEach((name, content) -> {
      dockerfile.append("COPY ").append(name).append(" /").append(name).append("\n");
      files.put(name, new Tar.Entry(content.getBytes(StandardCharsets.UTF_8), 0755));
    });
    dockerfile.append("ENTRYPOINT ").append(entrypoint).append("\n");
    files.put("Dockerfile", new Tar.Entry(dockerfile.toString().getBytes(StandardCharsets.UTF_8), 0644));
    engine.build(new ByteArrayInputStream(Tar.of(files)), reference, Map.of(), Map.of(), line -> {});
    return reference;
  }
}
