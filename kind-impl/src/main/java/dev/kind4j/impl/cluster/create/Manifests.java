package dev.kind4j.impl.cluster.create;

import dev.kind4j.impl.node.NodeContainer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Small in-node chores the add-on steps share: files that may exist and {@code kubectl apply}. */
final class Manifests {

  /** Where kind's node images keep their CNI manifest. */
  static final String DEFAULT_CNI = "/kind/manifests/default-cni.yaml";

  private Manifests() {}

  static boolean exists(NodeContainer node, String path) {
    return node.exec(Duration.ofSeconds(30), List.of("test", "-f", path)).succeeded();
  }

  /** Writes {@code yaml} to {@code path} in the node and applies it with the node's kubectl. */
  static void apply(NodeContainer node, String path, String yaml) {
    node.write(path, yaml.getBytes(StandardCharsets.UTF_8), 0600);
    node.exec(Duration.ofMinutes(2), List.of("kubectl", "apply", "-f", path)).orThrow();
  }
}
