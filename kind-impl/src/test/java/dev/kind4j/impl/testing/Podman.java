package dev.kind4j.impl.testing;

import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rootful podman service that {@code scripts/setup-host} starts on {@value #SOCKET}, for tests that run kind4j on
 * podman; images come from the Docker engine, which builds them.
 */
public final class Podman {

  public static final String SOCKET = "unix:///run/podman/podman.sock";

  private Podman() {}

  /** Whether podman is installed on this machine. */
  public static boolean installed() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "podman")));
  }

  /** A provider connected to podman. */
  public static Provider connect() {
    return onPodman(Providers::connect);
  }

  /** Runs {@code action} with kind4j pointed at podman, as {@code DOCKER_HOST} would point it, then points it back. */
  public static <T> T onPodman(Supplier<T> action) {
    String previous = System.setProperty(Providers.HOST_PROPERTY, SOCKET);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        System.clearProperty(Providers.HOST_PROPERTY);
      } else {
        System.setProperty(Providers.HOST_PROPERTY, previous);
      }
    }
  }

  /** Streams images from the Docker engine into podman, each unless podman has the same image under that name. */
  public static void copyFromDocker(Provider podman, String... references) {
    try (Provider docker = Providers.connect()) {
      for (String reference : references) {
        if (podman.imageId(reference).map(Podman::digest).equals(docker.imageId(reference).map(Podman::digest))) {
          continue;
        }
        try (InputStream archive = docker.saveImage(reference)) {
          podman.loadImage(archive);
        } catch (IOException e) {
          throw new UncheckedIOException("copying " + reference + " to podman", e);
        }
      }
    }
  }

  private static String digest(String imageId) {
    return imageId.replaceFirst("^sha256:", "");
  }
}
