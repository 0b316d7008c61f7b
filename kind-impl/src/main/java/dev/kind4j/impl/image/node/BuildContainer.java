package dev.kind4j.impl.image.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kind4j.KindException;
import dev.kind4j.NodeRole;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.PrivilegeProbe;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Pause;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A container of an image that is changed in place and committed as a new node image, as kind
 * builds its node images: it runs {@code sleep} rather than systemd, keeps {@code /var} in its own
 * layer (no volume), and can run containerd just long enough to import images.
 */
final class BuildContainer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Provider engine;
  private final String image;
  private final String id;
  private final NodeContainer node;

  private BuildContainer(Provider engine, String image, String id, NodeContainer node) {
    this.engine = engine;
    this.image = image;
    this.id = id;
    this.node = node;
  }

  static BuildContainer start(Provider engine, String image) {
    String name = "kind4j-image-build-" + UUID.randomUUID().toString().substring(0, 8);
    String id = engine.run(ContainerSpec.builder(image).name(name)
        .entrypoint("sleep", "infinity")
        .apply(PrivilegeProbe.privilegesFor(engine, image)::applyTo)
        .label("dev.kind4j.build", "node-image")
        .build());
    return new BuildContainer(engine, image, id, new NodeContainer(engine, name, NodeRole.CONTROL_PLANE));
  }

  /** The container, for commands and copies. */
  NodeContainer node() {
    return node;
  }

  /** Imports {@code docker save} archives into containerd's {@code k8s.io} namespace and checks they arrived. */
  void preload(Map<String, Path> archivesByImage) {
    engine.execDetached(node.name(), List.of("containerd", "--log-level", "warn"));
    awaitContainerd();
    for (Map.Entry<String, Path> archive : archivesByImage.entrySet()) {
      String inNode = "/kind/images/" + archive.getValue().getFileName();
      node.copyIn(archive.getValue(), inNode);
      node.exec("ctr", "--namespace=k8s.io", "images", "import", "--all-platforms", "--no-unpack", inNode);
      node.exec("rm", "-f", inNode);
    }
    Set<String> listed = Set.of(node.exec("ctr", "--namespace=k8s.io", "images", "list", "-q").stdout().split("\n"));
    List<String> missing = archivesByImage.keySet().stream()
        .filter(image -> !listed.contains(image) && !listed.contains("docker.io/" + image)
            && !listed.contains("docker.io/library/" + image))
        .toList();
    if (!missing.isEmpty()) {
      throw new KindException("containerd did not list " + missing + " after importing them; it lists " + listed);
    }
    node.exec("pkill", "-TERM", "-x", "containerd");
    node.exec("sh", "-c", "while pgrep -x containerd >/dev/null; do sleep 0.2; done");
  }

  /**
   * Commits the container as {@code reference} with {@code labels}, restoring the entrypoint and stop
   * signal of the image it started from; returns the image ID.
   */
  String commit(String reference, Map<String, String> labels, Progress progress) {
    String committed = engine.commit(id, Map.of());
    String dockerfile = "FROM " + committed + "\n"
        + "ENTRYPOINT " + jsonArray(engine.imageEntrypoint(image)) + "\n"
        + "CMD []\n"
        + "STOPSIGNAL SIGRTMIN+3\n";
    byte[] context = Tar.ofFile("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
    return engine.build(new ByteArrayInputStream(context), reference, Map.of(), new LinkedHashMap<>(labels),
        progress::output);
  }

  private void awaitContainerd() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (node.exec(Duration.ofSeconds(10), List.of("ctr", "version")).succeeded()) {
        return;
      }
      Pause.between(Duration.ofMillis(200), "waiting for containerd");
    }
    throw new KindException("containerd did not start in the image build container");
  }

  private static String jsonArray(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    engine.remove(id);
  }
}
