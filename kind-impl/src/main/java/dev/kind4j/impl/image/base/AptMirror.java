package dev.kind4j.impl.image.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Debian mirror this host's apt already uses, so that debootstrap goes where apt goes (a local
 * mirror or proxy included). Empty on hosts that are not Debian: debootstrap then uses its default.
 */
final class AptMirror {

  private static final Pattern ONE_LINE = Pattern.compile("^deb\\s+(?:\\[[^]]*]\\s+)?(\\S+)\\s+(\\S+)", Pattern.MULTILINE);
  private static final Pattern DEB822_URIS = Pattern.compile("^URIs:\\s*(\\S+)", Pattern.MULTILINE);

  private AptMirror() {}

  static Optional<String> ofHost() {
    return ofHost(Path.of("/etc"));
  }

  static Optional<String> ofHost(Path etc) {
    if (!isDebian(etc.resolve("os-release"))) {
      return Optional.empty();
    }
    return sourcesFiles(etc.resolve("apt")).stream()
        .flatMap(AptMirror::mirrors)
        .filter(uri -> !uri.contains("security"))
        .findFirst();
  }

  private static boolean isDebian(Path osRelease) {
    try {
      return Files.readAllLines(osRelease).contains("ID=debian");
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> sourcesFiles(Path apt) {
    List<Path> files = new ArrayList<>();
    files.add(apt.resolve("sources.list"));
    try (Stream<Path> parts = Files.list(apt.resolve("sources.list.d"))) {
      parts.filter(p -> p.toString().endsWith(".sources") || p.toString().endsWith(".list")).sorted().forEach(files::add);
    } catch (IOException e) {
      // no sources.list.d
    }
    return files;
  }

  private static Stream<String> mirrors(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return Stream.empty();
    }
    Matcher matcher = (file.toString().endsWith(".sources") ? DEB822_URIS : ONE_LINE).matcher(text);
    List<String> uris = new ArrayList<>();
    while (matcher.find()) {
      uris.add(matcher.group(1));
    }
    return uris.stream();
  }
}
