package dev.kind4j.impl.image.kube;

import dev.kind4j.KindException;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.spi.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Downloads a server tarball and checks its digest: the one the caller gave, else the one published
 * beside it as {@code <url>.sha256} or {@code <url>.sha512}. A mismatch is refused and the file deleted.
 */
final class TarballDownload {

  private static final List<String> PUBLISHED = List.of("sha256", "sha512");
  /** A checksum file holds a digest and perhaps a file name; anything longer is not one. */
  private static final int CHECKSUM_FILE_LIMIT = 4096;

  private final UrlFetcher fetcher;
  private final Progress progress;

  TarballDownload(UrlFetcher fetcher, Progress progress) {
    this.fetcher = fetcher;
    this.progress = progress;
  }

  /**
   * Downloads {@code url} to {@code target}, checked against {@code expected} or the published digest.
   * Without either it proceeds unchecked, unless {@code requirePublished}, as for releases.
   */
  void download(URI url, Path target, Optional<Digest> expected, boolean requirePublished) {
    Optional<Checksum> checksum = expected.map(digest -> new Checksum(digest, "given with " + digest.algorithm() + "(hex)"))
        .or(() -> published(url));
    if (checksum.isEmpty()) {
      if (requirePublished) {
        throw new KindException("downloading " + url + ": no checksum is published at " + sibling(url, "sha256")
            + " or " + sibling(url, "sha512") + "; pass the expected digest with sha256(hex) or sha512(hex)");
      }
      progress.info("No checksum is published beside " + url + "; it is downloaded unchecked (sha256(hex) checks it)");
    }
    String algorithm = checksum.map(c -> c.digest().jdkName()).orElse("SHA-256");
    String actual = copy(url, target, algorithm);
    if (checksum.isPresent() && !checksum.get().digest().hex().equals(actual)) {
      throw discarding(target, new KindException("refusing " + url + ": its " + algorithm + " is " + actual
          + ", expected " + checksum.get().digest().hex() + " (" + checksum.get().source()
          + "); the download is damaged or was altered, or the expected digest is wrong"));
    }
    progress.info(checksum.isPresent() ? "Checked the " + algorithm + " of " + url + " (" + checksum.get().source() + ")"
        : "Downloaded " + url + " with " + algorithm + " " + actual);
  }

  /** A digest and where it came from, for messages. */
  private record Checksum(Digest digest, String source) {}

  private Optional<Checksum> published(URI url) {
    for (String algorithm : PUBLISHED) {
      URI file = sibling(url, algorithm);
      Optional<InputStream> opened = fetcher.open(file);
      if (opened.isPresent()) {
        String text = read(file, opened.get()).strip();
        String hex = text.isEmpty() ? "" : text.split("\\s+")[0];
        try {
          return Optional.of(new Checksum(new Digest(algorithm, hex), "published at " + file));
        } catch (IllegalArgumentException e) {
          throw new KindException(file + " holds no " + algorithm + " digest: '" + abbreviate(text) + "'", e);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code url} with {@code .<extension>} added to its path, before any query. */
  static URI sibling(URI url, String extension) {
    String text = url.toString();
    int end = text.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = text.indexOf(stop);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    return URI.create(text.substring(0, end) + "." + extension + text.substring(end));
  }

  private String copy(URI url, Path target, String algorithm) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
    try (InputStream body = fetcher.open(url).orElseThrow(() -> new KindException("downloading " + url
        + " failed: there is nothing at that address; check the URL or the release version"));
        DigestInputStream digesting = new DigestInputStream(body, digest)) {
      Files.createDirectories(target.getParent());
      Files.copy(digesting, target);
    } catch (IOException e) {
      throw discarding(target, new KindException("downloading " + url + " failed: " + e
          + "; without network access use fromTarball(path) or fromSource(path)", e));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String read(URI file, InputStream in) {
    try (in) {
      byte[] bytes = in.readNBytes(CHECKSUM_FILE_LIMIT + 1);
      if (bytes.length > CHECKSUM_FILE_LIMIT) {
        throw new KindException(file + " is larger than " + CHECKSUM_FILE_LIMIT + " bytes, so it is no checksum file");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KindException("downloading " + file + " failed: " + e, e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /** Deletes what was downloaded and returns {@code failure}, noting a failed deletion on it. */
  private static KindException discarding(Path target, KindException failure) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }
}
