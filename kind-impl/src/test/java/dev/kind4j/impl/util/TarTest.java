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
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
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
