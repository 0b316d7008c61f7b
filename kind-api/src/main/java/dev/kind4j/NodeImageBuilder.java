package dev.kind4j;

import dev.kind4j.spi.Digest;
import dev.kind4j.spi.KindProvider;
import dev.kind4j.spi.KubernetesSource;
import dev.kind4j.spi.NodeImageRequest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a node image: Kubernetes (from a source tree, a server tarball, a URL or a release) packed
 * onto a base image, as {@code kind build node-image} does.
 *
 * <pre>{@code
 * ImageRef node = Kind.nodeImage()
 *     .fromSource(Path.of("/src/kubernetes"))
 *     .type(BuildType.DOCKER)
 *     .image("kindest/node:dev")
 *     .build();
 * }</pre>
 *
 * <p>Downloads ({@link #fromUrl}, {@link #fromRelease}) are checked against the SHA-256 or SHA-512
 * published beside them ({@code <url>.sha256}, {@code <url>.sha512}), or against {@link #sha256} or
 * {@link #sha512} when given; a release must publish one. Plain {@code http} needs
 * {@link #allowInsecureHttp}.
 *
 * <p>An image built from the same inputs (source content, base image, builder settings) is reused.
 * Not thread-safe; {@link #build()} copies the settings, so the builder may be reused.
 */
public final class NodeImageBuilder {

  /** kind's default node image reference. */
  public static final String DEFAULT_IMAGE = "kindest/node:latest";

  private static final Pattern VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?");

  private final KindProvider provider;
  private KubernetesSource source;
  private BuildType type;
  private String image = DEFAULT_IMAGE;
  private String baseImage;
  private String arch;
  private String kubernetesVersion;
  private Digest expectedDigest;
  private boolean allowInsecureHttp;
  private boolean rebuild;
  private ProgressListener listener = ProgressListener.NONE;

  NodeImageBuilder(KindProvider provider) {
    this.provider = provider;
  }

  /** Derives a node image from {@code image}: extra packages, files and preloaded images. */
  public CustomNodeImageBuilder from(String image) {
    return new CustomNodeImageBuilder(provider, image);
  }

  /** Builds from a Kubernetes source tree. */
  public NodeImageBuilder fromSource(Path tree) {
    if (tree == null || !Files.isDirectory(tree)) {
      throw new IllegalArgumentException("fromSource: '" + tree + "' is not a directory; pass a Kubernetes source tree");
    }
    this.source = KubernetesSource.ofTree(tree.toAbsolutePath().normalize());
    return this;
  }

  /** Builds from a local {@code kubernetes-server-linux-<arch>.tar.gz}. */
  public NodeImageBuilder fromTarball(Path tarball) {
    if (tarball == null || !Files.isRegularFile(tarball)) {
      throw new IllegalArgumentException("fromTarball: '" + tarball
          + "' is not a file; pass a kubernetes-server-linux-<arch>.tar.gz");
    }
    this.source = KubernetesSource.ofTarball(tarball.toAbsolutePath().normalize());
    return this;
  }

  /** Builds from a server tarball at {@code url}: https or file, or http with {@link #allowInsecureHttp}. */
  public NodeImageBuilder fromUrl(URI url) {
    if (url == null || url.getScheme() == null || !url.getScheme().matches("https?|file")) {
      throw new IllegalArgumentException("fromUrl: '" + url + "' must be an http, https or file URL of a server tarball");
    }
    this.source = KubernetesSource.ofUrl(url);
    return this;
  }

  /** Builds from the server tarball of a release, such as {@code v1.20.2}. */
  public NodeImageBuilder fromRelease(String version) {
    this.source = KubernetesSource.ofRelease(normalizeVersion("fromRelease", version));
    return this;
  }

  /**
   * The SHA-256 the downloaded tarball must have, as 64 hex digits; checked instead of a published
   * checksum. Only for {@link #fromUrl} and {@link #fromRelease}.
   */
  public NodeImageBuilder sha256(String hex) {
    this.expectedDigest = Digest.sha256(hex);
    return this;
  }

  /** As {@link #sha256}, with the SHA-512's 128 hex digits. */
  public NodeImageBuilder sha512(String hex) {
    this.expectedDigest = Digest.sha512(hex);
    return this;
  }

  /**
   * Lets {@link #fromUrl} download over plain {@code http}, which anyone on the way can alter; off by
   * default. Pair it with {@link #sha256} so the tarball is still checked.
   */
  public NodeImageBuilder allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return this;
  }

  /** How Kubernetes is built; detected from the source when not set ({@link BuildType#DOCKER} for trees). */
  public NodeImageBuilder type(BuildType type) {
    this.type = Objects.requireNonNull(type, "type");
    return this;
  }

  /** The reference to tag the node image with; {@value #DEFAULT_IMAGE} by default. */
  public NodeImageBuilder image(String image) {
    this.image = BaseImageBuilder.requireImageReference("image", image);
    return this;
  }

  /** The base image to build on; by default kind4j's base image, built (or reused) as needed. */
  public NodeImageBuilder baseImage(String baseImage) {
    this.baseImage = BaseImageBuilder.requireImageReference("baseImage", baseImage);
    return this;
  }

  /** The target architecture as Go names it ({@code amd64}, {@code arm64}); the host's by default. */
  public NodeImageBuilder arch(String arch) {
    if (arch == null || !arch.matches("amd64|arm64|arm|ppc64le|s390x")) {
      throw new IllegalArgumentException("arch: '" + arch + "' is not a supported architecture; use amd64, arm64, arm, ppc64le or s390x");
    }
    this.arch = arch;
    return this;
  }

  /**
   * The Kubernetes version the source builds, such as {@code v1.20.2}; needed only for a source tree
   * that is neither a git checkout nor a directory named {@code kubernetes-<version>}.
   */
  public NodeImageBuilder kubernetesVersion(String version) {
    this.kubernetesVersion = normalizeVersion("kubernetesVersion", version);
    return this;
  }

  /** Builds even when an image with the same inputs exists. */
  public NodeImageBuilder rebuild(boolean rebuild) {
    this.rebuild = rebuild;
    return this;
  }

  /** Receives the build's steps and messages. */
  public NodeImageBuilder progress(ProgressListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Builds the node image, or reuses one built from the same inputs, and returns it. */
  public ImageRef build() {
    KubernetesSource chosen = checked(source != null ? source : KubernetesSource.ofTree(defaultTree()));
    BuildType chosenType = type != null ? type : defaultType(chosen);
    return provider.buildNodeImage(new NodeImageRequest(chosen, chosenType, image, Optional.ofNullable(baseImage),
        arch != null ? arch : hostArch(), Optional.ofNullable(kubernetesVersion), rebuild, listener));
  }

  /** The source with its download settings, refused when they do not fit it. */
  private KubernetesSource checked(KubernetesSource chosen) {
    if (expectedDigest != null && !chosen.isDownload()) {
      throw new IllegalArgumentException(expectedDigest.algorithm() + ": checks a download, but the source is "
          + chosen + "; use it with fromUrl(url) or fromRelease(version), or remove it");
    }
    if (chosen.url() != null && "http".equals(chosen.url().getScheme()) && !allowInsecureHttp) {
      throw new IllegalArgumentException("fromUrl: '" + chosen.url() + "' is plain http, which anyone on the way "
          + "can alter; use https, or call allowInsecureHttp(true), ideally with sha256(hex)");
    }
    return chosen.withExpectedDigest(expectedDigest).withInsecureHttp(allowInsecureHttp);
  }

  /** kind's detection: a tree builds with {@link BuildType#DOCKER}; the other sources name their type. */
  static BuildType defaultType(KubernetesSource source) {
    if (source.tree() != null) {
      return BuildType.DOCKER;
    }
    return source.tarball() != null ? BuildType.TARBALL : source.url() != null ? BuildType.URL : BuildType.RELEASE;
  }

  /** The current directory when it is a Kubernetes tree, else {@code $GOPATH/src/k8s.io/kubernetes}. */
  static Path defaultTree() {
    Path current = Path.of("").toAbsolutePath();
    if (isKubernetesTree(current)) {
      return current;
    }
    String gopath = Optional.ofNullable(System.getenv("GOPATH")).filter(p -> !p.isBlank())
        .orElse(System.getProperty("user.home") + "/go").split(java.io.File.pathSeparator)[0];
    Path tree = Path.of(gopath, "src", "k8s.io", "kubernetes");
    if (!isKubernetesTree(tree)) {
      throw new KindException("No Kubernetes source given: the current directory is not a Kubernetes tree and neither is "
          + tree + "; call fromSource(path), fromTarball(path), fromUrl(url) or fromRelease(version)");
    }
    return tree;
  }

  static boolean isKubernetesTree(Path dir) {
    return Files.isDirectory(dir.resolve("cmd/kubeadm")) && Files.isDirectory(dir.resolve("cmd/kubelet"));
  }

  private static String hostArch() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      default -> arch;
    };
  }

  private static String normalizeVersion(String field, String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(field + ": '" + version + "' is not a Kubernetes version; use one such as 'v1.20.2'");
    }
    return version.startsWith("v") ? version : "v" + version;
  }
}
