package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarTest {

  @TempDir
  Path dir;

  @Test
  void roundTripsFilesWithTheirModes() throws IOException {
    Path source = dir.resolve("src");
    Files.createDirectories(source.resolve("sub"));
    Files.writeString(source.resolve("sub/run.sh"), "echo hi\n");
    Files.setPosixFilePermissions(source.resolve("sub/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));

    try (InputStream archive = Tar.streamOf(source, "copy")) {
      Tar.extract(archive, dir.resolve("out"));
    }

    Path copied = dir.resolve("out/copy/sub/run.sh");
    assertThat(copied).hasContent("echo hi");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copied))).isEqualTo("rwxr-x---");
  }

  @Test
  void archivesSymbolicLinksAsLinksWithTheirText() throws IOException {
    Path source = dir.resolve("src");
    Files.createDirectories(source.resolve("sub"));
    Files.writeString(source.resolve("data.txt"), "data");
    Files.writeString(source.resolve("sub/deep.txt"), "deep");
    Files.setPosixFilePermissions(source.resolve("sub"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(source.resolve("sub/deep.txt"), PosixFilePermissions.fromString("rw-r-----"));
    Files.createSymbolicLink(source.resolve("sub/to-data"), Path.of("../data.txt"));
    Files.createSymbolicLink(source.resolve("to-sub"), Path.of("sub"));
    Files.createSymbolicLink(source.resolve("dangling"), Path.of("nowhere"));
    Files.createSymbolicLink(source.resolve("absolute"), Path.of("/etc/hostname"));

    Map<String, TarArchiveEntry> entries = new HashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(Tar.streamOf(source, "copy"))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        entries.put(entry.getName(), entry);
      }
    }

    assertThat(entries).containsOnlyKeys("copy/", "copy/data.txt", "copy/sub/", "copy/sub/deep.txt",
        "copy/sub/to-data", "copy/to-sub", "copy/dangling", "copy/absolute");
    assertThat(entries.get("copy/sub/to-data").isSymbolicLink()).isTrue();
    assertThat(entries.get("copy/sub/to-data").getLinkName()).isEqualTo("../data.txt");
    assertThat(entries.get("copy/to-sub").getLinkName()).isEqualTo("sub");
    assertThat(entries.get("copy/dangling").getLinkName()).isEqualTo("nowhere");
    assertThat(entries.get("copy/absolute").getLinkName()).isEqualTo("/etc/hostname");
    assertThat(entries.get("copy/sub/").isDirectory()).isTrue();
    assertThat(entries.get("copy/sub/").getMode() & 07777).isEqualTo(0750);
    assertThat(entries.get("copy/sub/deep.txt").getMode() & 07777).isEqualTo(0640);
    assertThat(entries.get("copy/data.txt").getSize()).isEqualTo(4);
  }

  @Test
  void followsASourceThatIsItselfASymbolicLink() throws IOException {
    Path file = Files.writeString(dir.resolve("real.txt"), "real");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), file);

    try (InputStream archive = Tar.streamOf(link, "copied.txt")) {
      Tar.extract(archive, dir.resolve("out"));
    }

    assertThat(dir.resolve("out/copied.txt")).isRegularFile().hasContent("real");
  }

  @Test
  void refusesToArchiveAFifoNamingIt() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src"));
    Path fifo = source.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();

    assertThatThrownBy(() -> Tar.streamOf(source, "copy").close())
        .isInstanceOf(KindException.class)
        .hasMessageContaining(fifo.toString())
        .hasMessageContaining("neither a file, a directory nor a symbolic link");
  }

  @Test
  void refusesEntriesThatEscapeTheTarget() throws IOException {
    byte[] archive = archiveWith("../escaped.txt");
    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), dir.resolve("out")))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("../escaped.txt");
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void refusesAbsoluteEntryPathsOutsideTheTarget() throws IOException {
    byte[] archive = archiveWith("/etc/kind4j-should-not-exist");
    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), dir.resolve("out")))
        .isInstanceOf(KindException.class);
  }

  @Test
  void skipsSymbolicLinksThatPointOutOfTheTarget() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry link = new TarArchiveEntry("link", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("../../etc");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
    }
    int written = Tar.extract(new ByteArrayInputStream(bytes.toByteArray()), dir.resolve("out"));
    assertThat(written).isZero();
    assertThat(dir.resolve("out/link")).doesNotExist();
  }

  @Test
  void refusesAChainOfSymbolicLinksLeadingOutAndWritesNothingOutside() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("keep.txt"), "mine");
    Set<Path> before = outsideOf(target);
    byte[] archive = archive(symlink("a", "."), symlink("a/b", ".."), file("a/b/escape", "x"));

    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), target))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'a/b/escape'")
        .hasMessageContaining("symbolic link b");

    assertThat(outsideOf(target)).isEqualTo(before);
    assertThat(dir.resolve("escape")).doesNotExist();
    assertThat(target.resolve("b")).doesNotExist();
  }

  @Test
  void refusesADeeperChainWhoseTextLooksInside() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Set<Path> before = outsideOf(target);
    // x/x/x/.. reads as x/x, inside, but x is the target itself, so it is the target's parent.
    byte[] archive = archive(symlink("x", "."), symlink("y", "x/x/x/.."), file("y/escape", "x"));

    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), target))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'y/escape'");

    assertThat(outsideOf(target)).isEqualTo(before);
    assertThat(target.resolve("y")).doesNotExist();
  }

  @Test
  void refusesWritingThroughALinkThatALaterEntryTurnedOutward() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(dir.resolve("x"));
    Set<Path> before = outsideOf(target);
    // l first leads to out/x; once d is the target itself, l leads to the target's sibling x.
    byte[] archive = archive(symlink("l", "d/../x"), symlink("d", "."), file("l/escape", "x"));

    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), target))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'l/escape'")
        .hasMessageContaining("outside");

    assertThat(outsideOf(target)).isEqualTo(before);
    assertThat(target.resolve("l")).as("a link left leading outside is removed").doesNotExist();
    assertThat(target.resolve("d")).isSymbolicLink();
  }

  @Test
  void refusesWritingThroughAnAbsoluteLink() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path target = Files.createDirectories(dir.resolve("out"));
    byte[] archive = archive(symlink("abs", outside.toString()), file("abs/escape", "x"));

    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), target))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'abs/escape'")
        .hasMessageContaining("was not extracted");

    assertThat(outside).isEmptyDirectory();
    assertThat(target.resolve("abs")).doesNotExist();
  }

  @Test
  void refusesEntryNamesThatClimbInsideThePath() throws IOException {
    byte[] archive = archive(file("sub/../../escaped.txt", "x"));

    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive), dir.resolve("out")))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'sub/../../escaped.txt'")
        .hasMessageContaining("'..'");
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void refusesHardLinksToFilesOutside() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret"), "s");
    Path target = Files.createDirectories(dir.resolve("out"));

    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(archive(hardLink("h", "../secret"))), target))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'h'");
    byte[] throughLink = archive(symlink("up", dir.toString()), hardLink("h", "up/secret"));
    assertThatThrownBy(() -> Tar.extract(new ByteArrayInputStream(throughLink), target))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("'h'");

    assertThat(target.resolve("h")).doesNotExist();
    assertThat(Files.getAttribute(secret, "unix:nlink")).isEqualTo(1);
  }

  @Test
  void extractsInternalLinksAndWritesThroughThem() throws IOException {
    Path target = dir.resolve("out");
    byte[] archive = archive(
        file("usr/lib/libx.so.1", "lib"),
        symlink("usr/lib/libx.so", "libx.so.1"),
        symlink("lib", "usr/lib"),
        file("lib/extra.txt", "extra"),
        hardLink("usr/lib/hard", "usr/lib/libx.so.1"),
        symlink("usr/bin/up", "../lib"),
        symlink("dangling", "missing"));

    int written = Tar.extract(new ByteArrayInputStream(archive), target);

    assertThat(written).isEqualTo(7);
    assertThat(Files.readSymbolicLink(target.resolve("usr/lib/libx.so"))).isEqualTo(Path.of("libx.so.1"));
    assertThat(Files.readSymbolicLink(target.resolve("lib"))).isEqualTo(Path.of("usr/lib"));
    assertThat(target.resolve("usr/lib/extra.txt")).hasContent("extra");
    assertThat(target.resolve("usr/bin/up/libx.so")).hasContent("lib");
    assertThat(Files.isSameFile(target.resolve("usr/lib/hard"), target.resolve("usr/lib/libx.so.1"))).isTrue();
    assertThat(Files.readSymbolicLink(target.resolve("dangling"))).isEqualTo(Path.of("missing"));
  }

  /** Every path under the temporary directory but outside {@code target}. */
  private Set<Path> outsideOf(Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(path -> !path.startsWith(target)).collect(Collectors.toSet());
    }
  }

  private record Spec(String name, byte type, String text) {}

  private static Spec file(String name, String content) {
    return new Spec(name, TarArchiveEntry.LF_NORMAL, content);
  }

  private static Spec symlink(String name, String target) {
    return new Spec(name, TarArchiveEntry.LF_SYMLINK, target);
  }

  private static Spec hardLink(String name, String target) {
    return new Spec(name, TarArchiveEntry.LF_LINK, target);
  }

  private static byte[] archive(Spec... specs) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (Spec spec : specs) {
        TarArchiveEntry entry = new TarArchiveEntry(spec.name(), spec.type(), true);
        if (spec.type() == TarArchiveEntry.LF_NORMAL) {
          byte[] content = spec.text().getBytes(StandardCharsets.UTF_8);
          entry.setSize(content.length);
          tar.putArchiveEntry(entry);
          tar.write(content);
        } else {
          entry.setLinkName(spec.text());
          tar.putArchiveEntry(entry);
        }
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] archiveWith(String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] content = "x".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry(name, true);
      entry.setSize(content.length);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }
}
