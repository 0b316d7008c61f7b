package dev.kind4j.impl.image.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AptMirrorTest {

  @TempDir
  Path etc;

  @Test
  void readsTheFirstNonSecurityUriOfDeb822Sources() throws IOException {
    debian();
    Files.createDirectories(etc.resolve("apt/sources.list.d"));
    Files.writeString(etc.resolve("apt/sources.list.d/debian.sources"), """
        Types: deb
        URIs: http://mirror.example/debian-security
        Suites: bookworm-security

        Types: deb
        URIs: http://mirror.example/debian
        Suites: bookworm
        """);
    assertThat(AptMirror.ofHost(etc)).contains("http://mirror.example/debian");
  }

  @Test
  void readsOneLineSources() throws IOException {
    debian();
    Files.createDirectories(etc.resolve("apt"));
    Files.writeString(etc.resolve("apt/sources.list"), "# comment\ndeb [arch=amd64] http://local.example/debian bookworm main\n");
    assertThat(AptMirror.ofHost(etc)).contains("http://local.example/debian");
  }

  @Test
  void isEmptyOnHostsThatAreNotDebian() throws IOException {
    Files.writeString(etc.resolve("os-release"), "ID=ubuntu\n");
    Files.createDirectories(etc.resolve("apt"));
    Files.writeString(etc.resolve("apt/sources.list"), "deb http://ubuntu.example/ubuntu jammy main\n");
    assertThat(AptMirror.ofHost(etc)).isEmpty();
  }

  private void debian() throws IOException {
    Files.writeString(etc.resolve("os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
  }
}
