package dev.kind4j.impl.cluster.kubeconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.Yaml;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a kubeconfig file and changes it safely while kubectl, kind or other threads may be writing
 * it: under {@link KubeconfigLock}, read, edit, write a temporary file beside it, sync it to disk,
 * then rename it over the original. Readers see the old file or the new one, never a part.
 *
 * <p>A new file and its new directories are private to the user (0600, 0700); a rewritten file keeps
 * its owner and group, so a run as root (sudo) leaves a user's file theirs, and its owner's permission
 * bits, while group and others lose access to the credentials it holds. A symbolic link is
 * followed and its target rewritten. Comments are not kept.
 */
public final class KubeconfigFile {

  /** How long to wait for another writer before giving up. */
  public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

  private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
  private static final int MAX_SYMBOLIC_LINKS = 40;

  private KubeconfigFile() {}

  /** The file's kubeconfig; an empty mapping if the file is missing or empty. */
  public static ObjectNode read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Yaml.object();
    }
    JsonNode parsed;
    try {
      parsed = Yaml.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new KindException("kubeconfig " + file + " is not valid YAML: " + e.getMessage(), e);
    }
    if (parsed.isMissingNode() || parsed.isNull()) {
      return Yaml.object();
    }
    if (!parsed.isObject()) {
      throw new KindException("kubeconfig " + file + " is not a YAML mapping but " + parsed.getNodeType());
    }
    return (ObjectNode) parsed;
  }

  /**
   * Locks the file, reads it, lets {@code edit} change the tree, and writes it back if {@code edit}
   * returns true. A missing file reads as empty, and is created, with its directories, only if written.
   *
   * @return whether the file was written
   */
  public static boolean update(Path file, Predicate<ObjectNode> edit) throws IOException {
    Path target = followLinks(file);
    createDirectories(target.toAbsolutePath().getParent());
    KubeconfigLock lock = KubeconfigLock.acquire(file, LOCK_TIMEOUT);
    try {
      ObjectNode config = read(target);
      if (!edit.test(config)) {
        return false;
      }
      write(target, config);
      return true;
    } finally {
      lock.close();
    }
  }

  private static void write(Path file, ObjectNode config) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
    try {
      boolean posix = isPosix(directory);
      if (posix) {
        Files.setPosixFilePermissions(temp, FILE_MODE);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(Yaml.write(config).getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      if (posix && Files.exists(file)) {
        takeOwnershipAndMode(file, temp);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(directory);
  }

  /**
   * Gives {@code temp} the owner and group of {@code file}, which it is about to replace, and the owner's permission
   * bits of it: group and others get none, since the file holds credentials.
   */
  private static void takeOwnershipAndMode(Path file, Path temp) throws IOException {
    PosixFileAttributes existing = Files.readAttributes(file, PosixFileAttributes.class);
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    PosixFileAttributes written = view.readAttributes();
    try {
      if (!written.owner().equals(existing.owner())) {
        view.setOwner(existing.owner());
      }
      if (!written.group().equals(existing.group())) {
        view.setGroup(existing.group());
      }
    } catch (IOException e) {
      throw new KindException("kubeconfig " + file + " belongs to " + existing.owner().getName() + ":"
          + existing.group().getName() + ", which this user cannot give the rewritten file (" + e.getMessage()
          + "); run as that user or as root", e);
    }
    Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
    existing.permissions().stream().filter(permission -> permission.name().startsWith("OWNER_"))
        .forEach(ownerOnly::add);
    view.setPermissions(ownerOnly);
  }

  /** Syncs the rename to disk where the platform can; where it cannot, the rename is still atomic. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException notSupportedHere) {
      // Windows cannot open a directory as a channel.
    }
  }

  private static Path followLinks(Path file) throws IOException {
    Path target = file;
    for (int i = 0; Files.isSymbolicLink(target); i++) {
      if (i == MAX_SYMBOLIC_LINKS) {
        throw new KindException("kubeconfig " + file + " is a loop of symbolic links");
      }
      target = target.resolveSibling(Files.readSymbolicLink(target));
    }
    return target;
  }

  private static void createDirectories(Path directory) throws IOException {
    if (directory == null || Files.isDirectory(directory)) {
      return;
    }
    createDirectories(directory.getParent());
    try {
      if (isPosix(directory)) {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
      } else {
        Files.createDirectory(directory);
      }
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(directory)) {
        throw e;
      }
    }
  }

  private static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
