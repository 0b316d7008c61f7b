package dev.kind4j.junit5;

import dev.kind4j.Cluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * A cluster created for tests and the temporary kubeconfig file it was exported to. Closing it deletes both; closing
 * it again does nothing. JUnit 5.13 and later close it as an {@link AutoCloseable}, earlier releases as a
 * {@link CloseableResource}.
 *
 * @param cluster the cluster
 * @param kubeconfig a file of its own in a temporary directory
 */
record ProvisionedCluster(Cluster cluster, Path kubeconfig) implements AutoCloseable, CloseableResource {

  @Override
  public void close() {
    try {
      cluster.close();
    } finally {
      deleteDirectory(kubeconfig.getParent());
    }
  }

  /** Deletes {@code directory} and everything in it, if it exists. */
  static void deleteDirectory(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary kubeconfig directory " + directory, e);
    }
  }
}
