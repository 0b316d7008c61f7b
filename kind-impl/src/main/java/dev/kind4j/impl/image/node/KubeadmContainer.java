package dev.kind4j.impl.image.node;

import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Exited;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Tar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a Kubernetes build's {@code kubeadm} in a short-lived container of an image (the node's base
 * image), without network or added privileges, and removes the container: kind4j never runs a
 * downloaded binary on the host.
 */
final class KubeadmContainer {

  private static final String IN_CONTAINER = "/kind4j-kubeadm";
  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  private KubeadmContainer() {}

  /** Runs {@code kubeadm arguments…} in a container of {@code image}, {@code kubeadm} being the host's copy. */
  static Exited run(Provider engine, String image, Path kubeadm, String... arguments) {
    List<String> command = new ArrayList<>(List.of(IN_CONTAINER));
    command.addAll(List.of(arguments));
    ContainerSpec spec = ContainerSpec.builder(image)
        .name("kind4j-kubeadm-" + UUID.randomUUID().toString().substring(0, 8))
        .entrypoint(command.toArray(String[]::new))
        .network("none")
        .label("dev.kind4j.build", "kubeadm")
        .build();
    return engine.runToExit(spec, id -> copyIn(engine, id, kubeadm), TIMEOUT);
  }

  private static void copyIn(Provider engine, String container, Path kubeadm) {
    try (InputStream archive = Tar.streamOf(kubeadm, IN_CONTAINER.substring(1))) {
      engine.copyIn(container, archive, "/");
    } catch (IOException e) {
      throw new UncheckedIOException("copying " + kubeadm + " into container " + container, e);
    }
  }
}
