package dev.kind4j.impl.image.node;

import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Tar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the container images a node preloads from Kubernetes binaries and Debian packages. */
final class ComponentImages {

  private static final String ROOT = "/dev/kind4j/impl/image/node/";
  private static final Pattern ETCD_VERSION = Pattern.compile("etcd Version: (\\S+)");
  /** The repository kind4j's own builds of third-party images are named under, so nobody mistakes them for upstream's. */
  static final String LOCAL_REPOSITORY = "kind4j.local";
  /** The offline cluster DNS image's Dockerfile and the files it copies in, by name. */
  static final List<String> DNS_FILES = List.of("dns.Dockerfile", "dns/kind4j_dns.py", "dns/kind4j_dns_test.py",
      "dns/stdlib_files.py");

  private final Provider engine;
  private final Progress progress;
  private final String baseImage;
  private final Path work;

  ComponentImages(Provider engine, Progress progress, String baseImage, Path work) {
    this.engine = engine;
    this.progress = progress;
    this.baseImage = baseImage;
    this.work = work;
  }

  /** An image of a static Kubernetes binary, named as kubeadm expects it. */
  void staticComponent(Path binary, String reference) {
    build("static-component.Dockerfile", Map.of("binary", binary.getFileName().toString()), binary, reference);
  }

  /**
   * kind4j's offline cluster DNS from Debian's unbound and the {@code kind4j-dns} sync, for node images without
   * CoreDNS: only the programs, libraries and Python modules it runs, traced while it runs against a stand-in API
   * server during the build, where its unit tests run too. Named {@code kind4j.local/kind4j-dns:<content hash>}.
   */
  String dns() {
    Hashing hash = Hashing.sha256().put("base", engine.imageId(baseImage).orElse(baseImage));
    DNS_FILES.forEach(name -> hash.put(name, Resources.bytes(ROOT + name)));
    String reference = LOCAL_REPOSITORY + "/kind4j-dns:" + hash.hex().substring(0, 12);
    Map<String, byte[]> sources = new LinkedHashMap<>();
    DNS_FILES.stream().filter(name -> name.startsWith("dns/"))
        .forEach(name -> sources.put(name.substring("dns/".length()), Resources.bytes(ROOT + name)));
    build("dns.Dockerfile", Map.of("base", baseImage), null, sources, reference);
    return reference;
  }

  /** kube-proxy with only the programs it runs (iptables, conntrack, ipset) and their libraries, from the base image. */
  void kubeProxy(Path binary, String reference) {
    build("kube-proxy.Dockerfile", Map.of("base", baseImage), binary, reference);
  }

  /** The pause image from a compiled {@code pause}; returns {@code reference}. */
  String pause(Path binary, String reference) {
    build("pause.Dockerfile", Map.of(), binary, reference);
    return reference;
  }

  /** A pause image from Debian's {@code catatonit}, named {@code kind4j.local/pause:catatonit}, for builds without a pause binary. */
  String catatonitPause() {
    String reference = LOCAL_REPOSITORY + "/pause:catatonit";
    build("catatonit-pause.Dockerfile", Map.of("base", baseImage), null, reference);
    return reference;
  }

  /** Loads a {@code docker save} archive and names its image {@code reference}. */
  void load(Path archive, String reference) {
    List<String> tags = ImageArchive.repoTags(archive);
    if (tags.isEmpty()) {
      throw new KindException(archive + " names no image");
    }
    try (InputStream in = Files.newInputStream(archive)) {
      engine.loadImage(in);
    } catch (IOException e) {
      throw new UncheckedIOException("loading " + archive, e);
    }
    engine.tag(engine.imageId(tags.get(0)).orElseThrow(), reference);
  }

  /** etcd from Debian's {@code etcd-server}, named {@code kind4j.local/etcd:<version>-debian}. */
  NodeImageManifest.ImageName etcd() {
    String staging = LOCAL_REPOSITORY + "/etcd:building";
    build("etcd.Dockerfile", Map.of("base", baseImage), null, staging);
    String output = engine.runToExit(ContainerSpec.builder(staging).entrypoint("etcd", "--version").build(),
        Duration.ofMinutes(1)).output();
    Matcher version = ETCD_VERSION.matcher(output);
    if (!version.find()) {
      throw new KindException("the etcd image built from Debian does not report its version: " + output);
    }
    NodeImageManifest.ImageName name = new NodeImageManifest.ImageName(LOCAL_REPOSITORY, version.group(1) + "-debian");
    engine.tag(engine.imageId(staging).orElseThrow(), name.repository() + "/etcd:" + name.tag());
    engine.removeImage(staging);
    return name;
  }

  private String build(String template, Map<String, String> values, Path file, String reference) {
    return build(template, values, file, Map.of(), reference);
  }

  /** Builds {@code template} with its placeholders filled in, beside {@code file} (if any) and {@code sources}. */
  private String build(String template, Map<String, String> values, Path file, Map<String, byte[]> sources,
      String reference) {
    String dockerfile = Resources.text(ROOT + template);
    for (Map.Entry<String, String> value : values.entrySet()) {
      dockerfile = dockerfile.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    Path context = work.resolve("context-" + reference.replaceAll("[^A-Za-z0-9.-]", "_"));
    try {
      Files.createDirectories(context);
      Files.writeString(context.resolve("Dockerfile"), dockerfile, StandardCharsets.UTF_8);
      if (file != null) {
        Files.copy(file, context.resolve(file.getFileName()));
      }
      for (Map.Entry<String, byte[]> source : sources.entrySet()) {
        Files.write(context.resolve(source.getKey()), source.getValue());
      }
      try (InputStream tar = Tar.streamOf(context, ".")) {
        return engine.build(tar, reference, Map.of(), Map.of(), progress::output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("preparing the build of " + reference, e);
    }
  }
}
