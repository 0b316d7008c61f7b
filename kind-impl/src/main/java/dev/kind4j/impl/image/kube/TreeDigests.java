package dev.kind4j.impl.image.kube;

import dev.kind4j.impl.util.FileHashes;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content digest of every file in a tree, kept in an index file between calls: a file whose size,
 * modification time and inode are those recorded is not read again. As in git, a file modified in the
 * second before the index was written is always read again, since a later change in the same tick would
 * keep its time.
 */
final class TreeDigests {

  private static final Logger LOG = LoggerFactory.getLogger(TreeDigests.class);
  private static final String HEADER = "kind4j-tree-index 1";
  private static final long RACY_NANOS = 1_000_000_000L;

  /** A file's kind ({@code file}, {@code exec} or {@code link}) and the SHA-256 of its content or link target. */
  record Digest(String kind, String sha256) {}

  private record Entry(Digest digest, long size, long modifiedNanos, String inode) {}

  private final Path root;
  private final Set<String> ignoredTopLevel;
  private final Path indexFile;

  TreeDigests(Path root, Set<String> ignoredTopLevel, Path indexFile) {
    this.root = root;
    this.ignoredTopLevel = ignoredTopLevel;
    this.indexFile = indexFile;
  }

  /** Every file's digest by its path relative to the root, with {@code /} as separator, in name order. */
  SortedMap<String, Digest> digests() {
    long startedNanos = nowNanos();
    Index previous = readIndex();
    Map<String, Entry> current = new HashMap<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path relative = root.relativize(dir);
          return relative.getNameCount() == 1 && ignoredTopLevel.contains(relative.toString())
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes basic) throws IOException {
          Path relative = root.relativize(file);
          String name = relative.toString();
          if (!(relative.getNameCount() == 1 && ignoredTopLevel.contains(name))) {
            entry(file, name, previous).ifPresent(entry -> current.put(name, entry));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("hashing " + root, e);
    }
    if (!current.equals(previous.entries())) {
      writeIndex(current, startedNanos);
    }
    SortedMap<String, Digest> digests = new TreeMap<>();
    current.forEach((name, entry) -> digests.put(name, entry.digest()));
    return digests;
  }

  private Optional<Entry> entry(Path file, String name, Index previous) throws IOException {
    PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      String target = Files.readSymbolicLink(file).toString();
      return Optional.of(new Entry(new Digest("link", sha256(target.getBytes(StandardCharsets.UTF_8))),
          0, 0, ""));
    }
    if (!attributes.isRegularFile()) {
      return Optional.empty();
    }
    String kind = attributes.permissions().contains(PosixFilePermission.OWNER_EXECUTE) ? "exec" : "file";
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    String inode = Objects.toString(attributes.fileKey(), "");
    Entry known = previous.entries().get(name);
    if (known != null && known.size() == attributes.size() && known.modifiedNanos() == modified
        && known.inode().equals(inode) && known.digest().kind().equals(kind)
        && modified < previous.writtenNanos() - RACY_NANOS) {
      return Optional.of(known);
    }
    return Optional.of(new Entry(new Digest(kind, FileHashes.sha256(file)), attributes.size(), modified, inode));
  }

  private record Index(Map<String, Entry> entries, long writtenNanos) {
    static final Index EMPTY = new Index(Map.of(), 0);
  }

  private Index readIndex() {
    if (!Files.isRegularFile(indexFile)) {
      return Index.EMPTY;
    }
    try (BufferedReader reader = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
      String[] header = reader.readLine().split(" ");
      if (!(header[0] + " " + header[1]).equals(HEADER)) {
        return Index.EMPTY;
      }
      long written = Long.parseLong(header[2]);
      Map<String, Entry> entries = new HashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t", 6);
        entries.put(fields[5], new Entry(new Digest(fields[0], fields[1]), Long.parseLong(fields[2]),
            Long.parseLong(fields[3]), fields[4]));
      }
      return new Index(entries, written);
    } catch (IOException | RuntimeException e) {
      LOG.debug("Ignoring the unreadable tree index {}", indexFile, e);
      return Index.EMPTY;
    }
  }

  private void writeIndex(Map<String, Entry> entries, long writtenNanos) {
    try {
      Files.createDirectories(indexFile.getParent());
      Path temporary = Files.createTempFile(indexFile.getParent(), indexFile.getFileName().toString(), ".tmp");
      try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        writer.write(HEADER + " " + writtenNanos + "\n");
        for (Map.Entry<String, Entry> named : entries.entrySet()) {
          Entry entry = named.getValue();
          if (named.getKey().indexOf('\n') < 0) {
            writer.write(String.join("\t", entry.digest().kind(), entry.digest().sha256(),
                Long.toString(entry.size()), Long.toString(entry.modifiedNanos()), entry.inode(), named.getKey()));
            writer.write('\n');
          }
        }
      }
      Files.move(temporary, indexFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.debug("Could not write the tree index {}; the next hash reads every file again", indexFile, e);
    }
  }

  private static long nowNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

}
