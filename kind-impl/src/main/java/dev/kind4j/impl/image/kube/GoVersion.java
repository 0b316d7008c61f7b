package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go release a Kubernetes tree asks for: {@code .go-version} in recent trees,
 * {@code build/build-image/cross/VERSION} (such as {@code v1.15.5-1}) in older ones.
 *
 * @param major such as 1
 * @param minor such as 15
 * @param full the whole version, such as {@code 1.15.5}
 */
public record GoVersion(int major, int minor, String full) {

  private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)(\\.\\d+)?");

  /** {@code major.minor}, such as {@code 1.15}, as Debian's {@code golang-1.15-go} names it. */
  public String release() {
    return major + "." + minor;
  }

  /** Parses {@code 1.22.5}, {@code v1.15.5-1} or {@code go1.21}. */
  public static Optional<GoVersion> parse(String text) {
    Matcher matcher = VERSION.matcher(text.strip().replaceFirst("^go", ""));
    if (!matcher.find()) {
      return Optional.empty();
    }
    String full = matcher.group(1) + "." + matcher.group(2) + (matcher.group(3) == null ? "" : matcher.group(3));
    return Optional.of(new GoVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), full));
  }

  /** Reads the version a tree declares, or explains where kind4j looked. */
  public static GoVersion of(Path tree) {
    for (String file : new String[] {".go-version", "build/build-image/cross/VERSION"}) {
      Path path = tree.resolve(file);
      if (Files.isRegularFile(path)) {
        String text = read(path);
        return parse(text).orElseThrow(() -> new KindException(path + " does not hold a Go version: '" + text.strip() + "'"));
      }
    }
    throw new KindException("cannot tell which Go release " + tree + " needs: it has neither .go-version nor "
        + "build/build-image/cross/VERSION; is it a Kubernetes source tree?");
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
