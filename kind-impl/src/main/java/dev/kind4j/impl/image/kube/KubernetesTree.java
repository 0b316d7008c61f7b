package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import dev.kind4j.impl.util.HostCommand;
import dev.kind4j.impl.util.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A Kubernetes source tree: its version, the Go release it needs, and a hash of its content. */
public final class KubernetesTree {

  private static final Pattern DIRECTORY_VERSION = Pattern.compile("^kubernetes-(\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]*)?)$");
  private static final List<String> IGNORED = List.of(".git", "_output", ".make", ".kind4j-complete");

  private final Path root;

  public KubernetesTree(Path root) {
    this.root = root;
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
   * A hash of every file's path, mode bits and content (build output and VCS data excepted), so that
   * touching a file without changing it does not count as a change.
   */
  public String contentHash() {
    Hashing hash = Hashing.sha256();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(path -> !ignored(root.relativize(path)))
          .sorted()
          .forEach(path -> add(hash, path));
    } catch (IOException e) {
      throw new UncheckedIOException("hashing " + root, e);
    }
    return hash.hex();
  }

  private static boolean ignored(Path relative) {
    return relative.getNameCount() > 0 && IGNORED.contains(relative.getName(0).toString());
  }

  private void add(Hashing hash, Path path) {
    String name = root.relativize(path).toString();
    try {
      if (Files.isSymbolicLink(path)) {
        hash.put("link:" + name, Files.readSymbolicLink(path).toString());
      } else if (Files.isRegularFile(path)) {
        hash.put((Files.isExecutable(path) ? "exec:" : "file:") + name, Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("hashing " + path, e);
    }
  }
}
