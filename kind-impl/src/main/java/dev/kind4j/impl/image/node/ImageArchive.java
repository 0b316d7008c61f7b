package dev.kind4j.impl.image.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kind4j.KindException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads the image names a {@code docker save} archive carries, from its {@code manifest.json}. */
final class ImageArchive {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImageArchive() {}

  static List<String> repoTags(Path archive) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (entry.getName().equals("manifest.json")) {
          List<String> tags = new ArrayList<>();
          for (JsonNode image : JSON.readTree(tar.readAllBytes())) {
            image.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
          }
          return tags;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + archive, e);
    }
    throw new KindException(archive + " is not a `docker save` archive: it has no manifest.json");
  }
}
