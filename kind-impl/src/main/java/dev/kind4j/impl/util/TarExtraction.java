package dev.kind4j.impl.util;

import dev.kind4j.KindException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One extraction of an archive into a directory. Each entry is written at its real location, found by
 * following the links extracted so far, and only if that location is inside the directory's real path.
 * A symbolic link whose target leads out of the directory is not created, and an entry reached through
 * it is refused, as is a hard link to anything outside.
 */
final class TarExtraction {

  private static final Logger LOG = LoggerFactory.getLogger(TarExtraction.class);
  /** As many links as Linux follows while resolving one path. */
  private static final int MAX_LINKS_FOLLOWED = 40;

  private final Path root;
  private final Set<Path> skippedLinks = new HashSet<>();
  private final Map<Path, String> createdLinks = new LinkedHashMap<>();
  private int linksFollowed;

  TarExtraction(Path target) throws IOException {
    Files.createDirectories(target);
    this.root = target.toRealPath();
  }

  /** Extracts every entry; returns how many were written. Links left leading out are removed even on failure. */
  int extract(TarArchiveInputStream tar) throws IOException {
    int count = 0;
    try {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        try {
          count += write(tar, entry) ? 1 : 0;
        } catch (IOException e) {
          throw new KindException("extracting archive entry '" + entry.getName() + "' into " + root
              + " failed: " + e, e);
        }
      }
    } finally {
      dropLinksLeadingOutside();
    }
    return count;
  }

  private boolean write(InputStream content, TarArchiveEntry entry) throws IOException {
    String name = entry.getName();
    Path relative = relative(name, name);
    if (entry.isDirectory()) {
      directory(name, relative, true);
      return true;
    }
    if (!entry.isSymbolicLink() && !entry.isLink() && !entry.isFile()) {
      return false;
    }
    if (relative.toString().isEmpty()) {
      throw refused(name, "it names no file");
    }
    Path parent = relative.getParent() == null ? root : directory(name, relative.getParent(), true);
    Path path = parent.resolve(relative.getFileName());
    skippedLinks.remove(path);
    if (entry.isSymbolicLink()) {
      Path text = path(name, entry.getLinkName());
      if (leadsTo(parent, text) == null) {
        LOG.warn("not extracting symbolic link '{}': its target {} leads out of {}", name, text, root);
        skippedLinks.add(path);
        return false;
      }
      Files.deleteIfExists(path);
      Files.createSymbolicLink(path, text);
      createdLinks.put(path, name);
    } else if (entry.isLink()) {
      Path source = existing(name, relative(name, entry.getLinkName()));
      Files.deleteIfExists(path);
      Files.createLink(path, source);
      if (Files.isSymbolicLink(path)) {
        createdLinks.put(path, name);
      }
    } else {
      Files.copy(content, path, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(path, Tar.permissions(entry.getMode()));
    }
    return true;
  }

  /** The real directory {@code relative} names, refused unless inside the root; missing parts are created if asked. */
  private Path directory(String name, Path relative, boolean create) throws IOException {
    Path current = root;
    for (Path part : relative) {
      Path next = current.resolve(part);
      if (skippedLinks.contains(next)) {
        throw refused(name, "it goes through the symbolic link " + root.relativize(next)
            + ", which leads out of " + root + " and was not extracted");
      }
      if (create && Files.notExists(next, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(next);
      }
      current = next.toRealPath();
      if (!current.startsWith(root)) {
        throw refused(name, "it would be written outside " + root + " through the symbolic link "
            + root.relativize(next));
      }
    }
    return current;
  }

  /** The real path of the file a hard link names, refused unless inside the root. */
  private Path existing(String name, Path relative) throws IOException {
    if (relative.toString().isEmpty()) {
      throw refused(name, "its hard link names no file");
    }
    Path parent = relative.getParent() == null ? root : directory(name, relative.getParent(), false);
    return parent.resolve(relative.getFileName());
  }

  /**
   * Where the link text {@code text} leads from the real directory {@code from}, following the links
   * extracted so far; null if it leaves the root at any step, is absolute, or follows too many links.
   */
  private Path leadsTo(Path from, Path text) throws IOException {
    linksFollowed = 0;
    return follow(from, text);
  }

  private Path follow(Path from, Path text) throws IOException {
    if (text.isAbsolute() || ++linksFollowed > MAX_LINKS_FOLLOWED) {
      return null;
    }
    Path current = from;
    for (Path part : text) {
      if (part.toString().equals("..")) {
        current = current.getParent();
      } else if (!part.toString().equals(".")) {
        Path next = current.resolve(part);
        current = Files.isSymbolicLink(next) ? follow(current, Files.readSymbolicLink(next)) : next;
      }
      if (current == null || !current.startsWith(root)) {
        return null;
      }
    }
    return current;
  }

  /** Removes links that later entries turned to lead out of the root; nothing was written through them. */
  private void dropLinksLeadingOutside() throws IOException {
    for (Map.Entry<Path, String> link : createdLinks.entrySet()) {
      Path path = link.getKey();
      if (Files.isSymbolicLink(path) && leadsTo(path.getParent(), Files.readSymbolicLink(path)) == null) {
        LOG.warn("removing extracted symbolic link '{}': later entries made it lead out of {}", link.getValue(), root);
        Files.delete(path);
      }
    }
  }

  /** A path of the archive, {@code text}, as a relative path without {@code ..}, normalized. */
  private static Path relative(String name, String text) {
    Path path = path(name, text);
    if (path.isAbsolute()) {
      throw refused(name, "'" + text + "' is absolute; archive paths must be relative to the target");
    }
    for (Path part : path) {
      if (part.toString().equals("..")) {
        throw refused(name, "'" + text + "' climbs with '..'; archive paths must stay inside the target");
      }
    }
    return path.normalize();
  }

  private static Path path(String name, String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new KindException("refusing archive entry '" + name + "': '" + text + "' is no valid path", e);
    }
  }

  private static KindException refused(String name, String why) {
    return new KindException("refusing archive entry '" + name + "': " + why
        + "; nothing was written outside the target");
  }
}
