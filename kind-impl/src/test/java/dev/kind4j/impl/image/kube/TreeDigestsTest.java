package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeDigestsTest {

  private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

  @TempDir
  Path temp;

  Path root;
  Path index;
  Path main;

  @BeforeEach
  void tree() throws IOException {
    root = Files.createDirectories(temp.resolve("kubernetes"));
    index = temp.resolve("cache/tree.idx");
    main = Files.createDirectories(root.resolve("cmd/kubelet")).resolve("kubelet.go");
    Files.writeString(main, "package main\n");
    Files.setLastModifiedTime(main, AN_HOUR_AGO);
  }

  private TreeDigests digests() {
    return new TreeDigests(root, Set.of("_output"), index);
  }

  @Test
  void aFileUnchangedInSizeTimeAndInodeIsNotReadAgain() throws IOException {
    TreeDigests.Digest first = digests().digests().get("cmd/kubelet/kubelet.go");

    // Same size, same time, same inode: the index is trusted, which is what saves reading a large tree.
    Files.writeString(main, "package huhu\n");
    Files.setLastModifiedTime(main, AN_HOUR_AGO);
    assertThat(digests().digests().get("cmd/kubelet/kubelet.go")).isEqualTo(first);
    assertThat(index).isRegularFile();
  }

  @Test
  void aTouchedFileIsReadAgainAndKeepsItsDigestWhenItsContentIsTheSame() throws IOException {
    TreeDigests.Digest first = digests().digests().get("cmd/kubelet/kubelet.go");

    Files.setLastModifiedTime(main, FileTime.from(Instant.now().minusSeconds(60)));
    assertThat(digests().digests().get("cmd/kubelet/kubelet.go")).isEqualTo(first);

    Files.writeString(main, "package main\n// changed\n");
    assertThat(digests().digests().get("cmd/kubelet/kubelet.go")).isNotEqualTo(first);
  }

  @Test
  void aFileModifiedJustBeforeTheIndexWasWrittenIsReadAgain() throws IOException {
    Files.setLastModifiedTime(main, FileTime.from(Instant.now()));
    FileTime racy = Files.getLastModifiedTime(main);
    TreeDigests.Digest first = digests().digests().get("cmd/kubelet/kubelet.go");

    // A change in the same clock tick keeps size and time; only distrust of recent entries catches it.
    Files.writeString(main, "package maim\n");
    Files.setLastModifiedTime(main, racy);
    assertThat(digests().digests().get("cmd/kubelet/kubelet.go")).isNotEqualTo(first);
  }

  @Test
  void anUnreadableIndexIsIgnored() throws IOException {
    TreeDigests.Digest first = digests().digests().get("cmd/kubelet/kubelet.go");
    Files.writeString(index, "kind4j-tree-index 1 oops\nnot\tan\tentry\n");
    assertThat(digests().digests().get("cmd/kubelet/kubelet.go")).isEqualTo(first);
  }

  @Test
  void tellsFilesExecutablesAndLinksApartAndSkipsIgnoredDirectories() throws IOException {
    Path script = root.resolve("hack.sh");
    Files.writeString(script, "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createSymbolicLink(root.resolve("link"), Path.of("cmd/kubelet/kubelet.go"));
    Files.createDirectories(root.resolve("_output/bin"));
    Files.writeString(root.resolve("_output/bin/kubelet"), "binary");

    var digests = digests().digests();

    assertThat(digests.keySet()).containsExactly("cmd/kubelet/kubelet.go", "hack.sh", "link");
    assertThat(digests.get("cmd/kubelet/kubelet.go").kind()).isEqualTo("file");
    assertThat(digests.get("hack.sh").kind()).isEqualTo("exec");
    assertThat(digests.get("link").kind()).isEqualTo("link");
  }
}
