package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import dev.kind4j.impl.util.CacheDirectory;
import dev.kind4j.impl.util.HostCommand;
import dev.kind4j.impl.util.Hashing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kubernetes source tree: its version, the Go release it needs, and a hash of its content. */
public final class KubernetesTree {

  private static final Pattern DIRECTORY_VERSION = Pattern.compile("^kubernetes-(\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]*)?)$");
  private static final Set<String> IGNORED = Set.of(".git", "_output", ".make", ".kind4j-complete");

  private final Path root;
  private final Path indexDirectory;

  public KubernetesTree(Path root) {
    this(root, CacheDirectory.get().resolve("tree-index"));
  }

  /** A tree whose file digests are kept in {@code indexDirectory} between hashes. */
  KubernetesTree(Path root, Path indexDirectory) {
    this.root = root;
    this.indexDirectory = indexDirectory;
  }

  public Path root() {
    return root;
  }

  /**
   * The version the tree builds: {@code requested} if given, else {@code git describe} of a checkout,
   * else the version in a directory named {@code kubernetes-1.20.2} (as source packages unpack).
   */
  public String version(Optional<String> requested) {
    if (requested.isPresent()) {
      return requested.get();
    }
    if (Files.exists(root.resolve(".git"))) {
      Optional<String> described = HostCommand.outputIfSucceeds(
          List.of("git", "describe", "--tags", "--match=v*", "--abbrev=14"), root, Duration.ofSeconds(30));
      if (described.isPresent()) {
        return described.get();
      }
    }
    Matcher matcher = DIRECTORY_VERSION.matcher(root.getFileName().toString());
    if (matcher.matches()) {
      return "v" + matcher.group(1);
    }
    throw new KindException("cannot tell the Kubernetes version of " + root + ": it is not a git checkout with tags "
        + "and its directory is not named kubernetes-<version>; call kubernetesVersion(\"v1.x.y\")");
  }

  /** The Go release the tree declares. */
  public GoVersion goVersion() {
    return GoVersion.of(root);
  }

  /**
   * A hash of every file's path, kind (file, executable or link) and content, build output and VCS data
   * excepted, so that touching a file without changing it does not count as a change. Files unchanged in
   * size, time and inode since the last call are not read again (see {@link TreeDigests}).
   */
  public String contentHash() {
    Path index = indexDirectory.resolve(Hashing.sha256().put("root", root.toAbsolutePath().normalize().toString()).hex() + ".idx");
    Hashing hash = Hashing.sha256();
    new TreeDigests(root, IGNORED, index).digests()
        .forEach((name, digest) -> hash.put(digest.kind() + ":" + name, digest.sha256()));
    return hash.hex();
  }
}
