package dev.kind4j.impl.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.NodeRole;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host tree with symbolic links copied into a plain container and back out, on the real engine. */
class TarCopyIT {

  @TempDir
  Path temp;

  @Test
  void aTreeWithSymbolicLinksRoundTripsThroughAContainer() throws IOException {
    Path tree = hostTree(temp.resolve("tree"));
    Path back = temp.resolve("back");
    try (Provider engine = Providers.connect()) {
      TestImages.base();
      String id = engine.run(ContainerSpec.builder(TestImages.BASE).entrypoint("sleep", "infinity").build());
      try {
        NodeContainer container = new NodeContainer(engine, id, NodeRole.WORKER);
        container.copyIn(tree, "/var/copied");

        assertThat(container.exec("readlink", "/var/copied/nested/to-data").stdout()).isEqualTo("../data.txt\n");
        assertThat(container.exec("readlink", "/var/copied/dangling").stdout()).isEqualTo("nowhere\n");
        assertThat(container.exec("readlink", "/var/copied/absolute").stdout()).isEqualTo("/etc/hostname\n");
        assertThat(container.exec("cat", "/var/copied/to-nested/to-data").stdout()).isEqualTo("data\n");
        assertThat(container.exec("stat", "-c", "%a", "/var/copied/run.sh").stdout()).isEqualTo("755\n");

        engine.copyOutTo(id, "/var/copied", back);
      } finally {
        engine.remove(id);
      }
    }

    Map<String, String> expected = describe(tree);
    expected.remove("absolute");
    assertThat(describe(back.resolve("copied"))).isEqualTo(expected);
    assertThat(back.resolve("copied/absolute")).as("a link leading out of the target is not created").doesNotExist();
  }

  private static Path hostTree(Path root) throws IOException {
    Files.createDirectories(root.resolve("nested/deeper"));
    write(root.resolve("data.txt"), "data\n", "rw-r--r--");
    write(root.resolve("run.sh"), "#!/bin/sh\necho run\n", "rwxr-xr-x");
    write(root.resolve("nested/deeper/notes.txt"), "deep\n", "rw-------");
    Files.createSymbolicLink(root.resolve("nested/to-data"), Path.of("../data.txt"));
    Files.createSymbolicLink(root.resolve("to-nested"), Path.of("nested"));
    Files.createSymbolicLink(root.resolve("nested/deeper/gone"), Path.of("../../missing.txt"));
    Files.createSymbolicLink(root.resolve("dangling"), Path.of("nowhere"));
    Files.createSymbolicLink(root.resolve("absolute"), Path.of("/etc/hostname"));
    return root;
  }

  private static void write(Path file, String content, String mode) throws IOException {
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
  }

  /** Each path under {@code root}: a link's text, a file's mode and content, or that it is a directory. */
  private static Map<String, String> describe(Path root) throws IOException {
    Map<String, String> described = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String what;
        if (Files.isSymbolicLink(path)) {
          what = "link to " + Files.readSymbolicLink(path);
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          what = "directory";
        } else {
          what = PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + " " + Files.readString(path);
        }
        described.put(root.relativize(path).toString(), what);
      }
    }
    return described;
  }
}
