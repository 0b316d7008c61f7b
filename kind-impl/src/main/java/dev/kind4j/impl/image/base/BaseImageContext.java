package dev.kind4j.impl.image.base;

import dev.kind4j.impl.util.Hashing;
import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Tar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files kind4j adds to a Debian root filesystem to make a base image, read from this module's
 * resources: the Dockerfile, the node entrypoint, containerd's config and kubelet's units.
 */
final class BaseImageContext {

  private static final String ROOT = "/dev/kind4j/impl/image/base/";
  private static final List<String> FILES = List.of(
      "Dockerfile",
      "rootfs/usr/local/bin/kind4j-entrypoint",
      "rootfs/usr/local/bin/kind4j-image-setup",
      "rootfs/etc/containerd/config.toml",
      "rootfs/etc/systemd/system/kubelet.service",
      "rootfs/etc/systemd/system/kubelet.service.d/10-kubeadm.conf",
      "rootfs/etc/systemd/system/kubelet.service.d/11-kind4j.conf");

  private final Map<String, Tar.Entry> files = new LinkedHashMap<>();
  private final List<String> packages;

  private BaseImageContext() {
    for (String name : FILES) {
      files.put(name, new Tar.Entry(read(name), name.contains("/bin/") ? 0755 : 0644));
    }
    packages = Resources.text(ROOT + "packages.txt").lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  static BaseImageContext load() {
    return new BaseImageContext();
  }

  /** The Debian packages the root filesystem must hold. */
  List<String> packages() {
    return packages;
  }

  /** The build context as a tar archive. */
  byte[] tar() {
    return Tar.of(files);
  }

  /** Everything the image is built from, for cache lookups: suite, packages and every file. */
  String inputsHash(String suite) {
    Hashing hash = Hashing.sha256().put("suite", suite).put("packages", String.join(",", packages));
    files.forEach((name, entry) -> hash.put(name + ":" + entry.mode(), entry.content()));
    return hash.hex();
  }

  /** The hash of what the root filesystem alone is built from. */
  String rootFsHash(String suite) {
    return Hashing.sha256().put("suite", suite).put("packages", String.join(",", packages)).hex();
  }

  private static byte[] read(String name) {
    return Resources.bytes(ROOT + name);
  }
}
