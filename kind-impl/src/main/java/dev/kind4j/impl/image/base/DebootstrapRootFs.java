package dev.kind4j.impl.image.base;

import dev.kind4j.KindException;
import dev.kind4j.ProgressListener;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.HostCommand;
import dev.kind4j.impl.util.TempDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image holding a Debian root filesystem with the given packages, made by {@code debootstrap}
 * from Debian's mirror on the host by {@code debootstrap} on the host, imported into the
 * engine: needs no registry, but needs root and the {@code debootstrap} package.
 */
public final class DebootstrapRootFs {

  private static final Duration DEBOOTSTRAP_TIMEOUT = Duration.ofMinutes(30);

  private DebootstrapRootFs() {}

  /** Whether this host can debootstrap; empty if so, else what is missing. */
  public static Optional<String> unavailableReason() {
    if (HostCommand.which("debootstrap").isEmpty()) {
      return Optional.of("debootstrap is not installed (apt-get install debootstrap)");
    }
    if (!HostCommand.isRoot()) {
      return Optional.of("debootstrap needs root, and this JVM does not run as root");
    }
    return Optional.empty();
  }

  /** Builds the root filesystem and imports it as {@code reference}; returns the image ID. */
  public static String build(Provider engine, String suite, List<String> packages, String reference,
      ProgressListener listener) {
    unavailableReason().ifPresent(reason -> {
      throw new KindException("cannot build the root filesystem with debootstrap: " + reason);
    });
    try (TempDirectory work = TempDirectory.create("kind4j-rootfs-")) {
      Path rootfs = work.path().resolve("rootfs");
      List<String> command = new ArrayList<>(List.of("debootstrap", "--variant=minbase",
          "--include=" + String.join(",", packages), suite, rootfs.toString()));
      AptMirror.ofHost().ifPresent(command::add);
      HostCommand.Result result = HostCommand.run(command, work.path(), DEBOOTSTRAP_TIMEOUT, listener::output);
      if (result.exitCode() != 0) {
        throw new KindException("debootstrap of Debian " + suite + " failed with exit code " + result.exitCode()
            + "; its last output:\n" + result.output() + debootstrapLog(rootfs));
      }
      // The engine's import call cannot be streamed through docker-java, so the root filesystem goes in
      // as a build: ADD of a tar archive keeps every file's owner and mode, which COPY would not.
      List<String> pack = List.of("tar", "--numeric-owner", "--xattrs", "-C", rootfs.toString(),
          "--exclude=./dev/*", "--exclude=./proc/*", "--exclude=./sys/*", "--exclude=./run/*",
          "--exclude=./var/cache/apt/*", "--exclude=./var/lib/apt/lists/*", "--exclude=./usr/share/man/*",
          "--exclude=./usr/share/locale/*", "--exclude=./usr/share/info/*",
          "-f", work.path().resolve("rootfs.tar").toString(), "-c", ".");
      HostCommand.output(pack, work.path(), Duration.ofMinutes(10));
      Files.writeString(work.path().resolve("Dockerfile"), "FROM scratch\nADD rootfs.tar /\nCMD [\"/bin/bash\"]\n");
      List<String> context = List.of("tar", "-C", work.path().toString(), "-c", "Dockerfile", "rootfs.tar");
      Process archive = HostCommand.startPiped(context, work.path());
      String id = engine.build(archive.getInputStream(), reference, Map.of(), Map.of(), listener::output);
      HostCommand.awaitSuccess(archive, context, Duration.ofMinutes(10));
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("preparing the root filesystem archive failed", e);
    }
  }

  private static String debootstrapLog(Path rootfs) {
    Path log = rootfs.resolve("debootstrap/debootstrap.log");
    try {
      List<String> lines = Files.readAllLines(log);
      return "\ndebootstrap.log (end):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
