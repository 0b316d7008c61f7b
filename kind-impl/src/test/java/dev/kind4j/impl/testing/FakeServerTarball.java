package dev.kind4j.impl.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A {@code kubernetes-server-linux-amd64.tar.gz} in Kubernetes' layout, version v1.20.2, whose binaries hold their own
 * names as content, plus any extra entries (holding {@code x}).
 */
public final class FakeServerTarball {

  private FakeServerTarball() {}

  public static byte[] of(List<String> binaries, String... extraEntries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      add(tar, "kubernetes/version", "v1.20.2\n");
      for (String binary : binaries) {
        add(tar, "kubernetes/server/bin/" + binary, binary);
      }
      for (String extra : extraEntries) {
        add(tar, extra, "x");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void add(TarArchiveOutputStream tar, String name, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }
}
