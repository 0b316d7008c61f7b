package dev.kind4j.impl.util;

import dev.kind4j.KindException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Small tar archives for the engine's copy and build calls, and safe extraction of what it returns. */
public final class Tar {

  /** Permission bits from the lowest (others' execute) up. */
  private static final PosixFilePermission[] PERMISSION_BITS = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

  /** The file type bits of a symbolic link in a tar header's mode. */
  private static final int SYMBOLIC_LINK_TYPE = 0120000;

  private Tar() {}

  /** An archive entry: file content and permission bits. */
  public record Entry(byte[] content, int mode) {}

  /** Builds an in-memory archive of regular files, keyed by relative path, in the given order. */
  public static byte[] of(Map<String, Entry> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, Entry> file : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
        entry.setSize(file.getValue().content().length);
        entry.setMode(file.getValue().mode());
        tar.putArchiveEntry(entry);
        tar.write(file.getValue().content());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An archive holding one file. */
  public static byte[] ofFile(String name, byte[] content, int mode) {
    Map<String, Entry> files = new LinkedHashMap<>();
    files.put(name, new Entry(content, mode));
    return of(files);
  }

  /**
   * Streams {@code source} (a file or a directory tree) as an archive whose top entry is named
   * {@code name}. Files and directories keep their permission bits; symbolic links in the tree are
   * archived as links with their text, not followed, while {@code source} itself is followed if it is
   * one. The archive is spooled to a temporary file, so large sources never sit in memory; the file is
   * deleted when the stream is closed.
   */
  public static InputStream streamOf(Path source, String name) throws IOException {
    Path top = source.toRealPath();
    Path spool = Files.createTempFile("kind4j-", ".tar");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(spool))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      try (Stream<Path> paths = Files.walk(top)) {
        for (Path path : (Iterable<Path>) paths::iterator) {
          String relative = top.relativize(path).toString();
          tar.putArchiveEntry(entry(tar, path, relative.isEmpty() ? name : name + "/" + relative));
          if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(path, tar);
          }
          tar.closeArchiveEntry();
        }
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(spool);
      throw e;
    }
    return Files.newInputStream(spool, StandardOpenOption.DELETE_ON_CLOSE);
  }

  private static TarArchiveEntry entry(TarArchiveOutputStream tar, Path path, String name) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    int permissions = mode(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    if (attributes.isSymbolicLink()) {
      TarArchiveEntry link = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      link.setLinkName(Files.readSymbolicLink(path).toString());
      link.setMode(SYMBOLIC_LINK_TYPE | permissions);
      link.setModTime(attributes.lastModifiedTime());
      return link;
    }
    if (!attributes.isDirectory() && !attributes.isRegularFile()) {
      throw new KindException("cannot archive " + path + ": it is neither a file, a directory nor a symbolic link;"
          + " remove it from the tree being copied");
    }
    TarArchiveEntry entry = tar.createArchiveEntry(path, name, LinkOption.NOFOLLOW_LINKS);
    entry.setMode((entry.getMode() & ~07777) | permissions);
    return entry;
  }

  /**
   * Extracts an archive into {@code target}, never writing outside it: an entry whose path leads out of
   * it, directly or through links extracted before, is refused with an exception, as is a hard link to a
   * file outside; a symbolic link whose target leads out of it is skipped. Returns the number of entries
   * written.
   */
  public static int extract(InputStream archive, Path target) {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
      return new TarExtraction(target).extract(tar);
    } catch (IOException e) {
      throw new UncheckedIOException("extracting an archive into " + target, e);
    }
  }

  private static int mode(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (int i = 0; i < PERMISSION_BITS.length; i++) {
      if (permissions.contains(PERMISSION_BITS[i])) {
        mode |= 1 << i;
      }
    }
    return mode;
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < PERMISSION_BITS.length; i++) {
      if ((mode & (1 << i)) != 0) {
        set.add(PERMISSION_BITS[i]);
      }
    }
    return set;
  }
}
