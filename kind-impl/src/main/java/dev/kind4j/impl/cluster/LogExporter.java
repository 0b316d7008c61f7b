package dev.kind4j.impl.cluster;

import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.provider.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes a cluster's logs in kind's layout: {@code <dir>/<node>/} holds {@code journal.log},
 * {@code kubelet.log}, {@code containerd.log}, {@code inspect.json}, {@code images.log} and the
 * pod logs under {@code pods/}; {@code <dir>/docker-info.txt} describes the engine.
 */
final class LogExporter {

  private static final Map<String, List<String>> NODE_LOGS = Map.of(
      "journal.log", List.of("journalctl", "--no-pager"),
      "kubelet.log", List.of("journalctl", "--no-pager", "-u", "kubelet.service"),
      "containerd.log", List.of("journalctl", "--no-pager", "-u", "containerd.service"),
      "images.log", List.of("ctr", "--namespace=k8s.io", "images", "list"),
      "kubernetes-version.txt", List.of("cat", "/kind/version"));

  private final Provider engine;
  private final List<NodeContainer> nodes;

  LogExporter(Provider engine, List<NodeContainer> nodes) {
    this.engine = engine;
    this.nodes = nodes;
  }

  void export(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("docker-info.txt"), engine.infoJson());
      for (NodeContainer node : nodes) {
        Path nodeDir = Files.createDirectories(directory.resolve(node.name()));
        for (Map.Entry<String, List<String>> log : NODE_LOGS.entrySet()) {
          var result = node.exec(Duration.ofMinutes(2), log.getValue());
          Files.writeString(nodeDir.resolve(log.getKey()), result.stdout() + result.stderr(), StandardCharsets.UTF_8);
        }
        Files.writeString(nodeDir.resolve("inspect.json"), engine.inspectJson(node.name()));
        if (node.exec(Duration.ofSeconds(30), List.of("test", "-d", "/var/log/pods")).succeeded()) {
          node.copyOut("/var/log/pods", nodeDir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("exporting logs to " + directory, e);
    }
  }
}
