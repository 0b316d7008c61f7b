package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import dev.kind4j.spi.KubernetesArtifacts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks what a node image needs from a {@code kubernetes-server-linux-<arch>.tar.gz}: the binaries
 * and image archives under {@code kubernetes/server/bin/}, and the version in {@code kubernetes/version}.
 * Nothing else is written, and no entry can land outside the work directory.
 */
final class ServerTarball {

  private static final String BIN = "kubernetes/server/bin/";
  private static final List<String> IMAGE_ARCHIVES = List.of("kube-apiserver.tar", "kube-controller-manager.tar",
      "kube-scheduler.tar", "kube-proxy.tar");

  private ServerTarball() {}

  static KubernetesArtifacts unpack(Path tarball, Path work, Optional<String> requestedVersion) {
    Path bin = work.resolve("bin");
    Path images = work.resolve("images");
    String version = null;
    try (InputStream compressed = new BufferedInputStream(Files.newInputStream(tarball));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(compressed))) {
      Files.createDirectories(bin);
      Files.createDirectories(images);
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        String name = entry.getName().replaceFirst("^\\./", "");
        if (name.equals("kubernetes/version")) {
          version = new String(tar.readAllBytes(), StandardCharsets.UTF_8).strip();
        } else if (entry.isFile() && name.startsWith(BIN)) {
          String file = name.substring(BIN.length());
          if (KubernetesBinaries.ALL.contains(file)) {
            Files.copy(tar, bin.resolve(file));
            Files.setPosixFilePermissions(bin.resolve(file), PosixFilePermissions.fromString("rwxr-xr-x"));
          } else if (IMAGE_ARCHIVES.contains(file)) {
            Files.copy(tar, images.resolve(file));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + tarball + " as a gzipped Kubernetes server tarball", e);
    }
    for (String binary : KubernetesBinaries.ALL) {
      if (!Files.isRegularFile(bin.resolve(binary))) {
        throw new KindException(tarball + " has no " + BIN + binary + "; pass a kubernetes-server-linux-<arch>.tar.gz");
      }
    }
    String resolved = requestedVersion.orElse(version);
    if (resolved == null) {
      throw new KindException(tarball + " has no kubernetes/version file; call kubernetesVersion(\"v1.x.y\")");
    }
    boolean hasImages = IMAGE_ARCHIVES.stream().allMatch(a -> Files.isRegularFile(images.resolve(a)));
    return new KubernetesArtifacts(resolved, bin, hasImages ? images : null);
  }
}
