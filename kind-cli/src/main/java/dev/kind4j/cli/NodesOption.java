package dev.kind4j.cli;

import dev.kind4j.Cluster;
import dev.kind4j.Node;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --nodes}: the nodes a load goes into, comma separated, as in kind; every node when not given. */
final class NodesOption {

  @Option(names = "--nodes", split = ",", paramLabel = "strings",
      description = "comma separated list of nodes to load images into (default: every node)")
  private List<String> nodes = List.of();

  /** The named nodes, or all of the cluster's when none is named. */
  List<String> of(Cluster cluster) {
    return nodes.isEmpty() ? cluster.nodes().stream().map(Node::name).toList() : nodes;
  }
}
