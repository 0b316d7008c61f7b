package dev.kind4j.impl.cluster;

import dev.kind4j.KindException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The nodes a caller named, such as kind's {@code --nodes} for loading images, checked against the cluster's. */
final class NodeSelection {

  private NodeSelection() {}

  /**
   * The named nodes in the cluster's order, each once.
   *
   * @param clusterNodes the container names of the cluster's nodes, in the cluster's order
   * @throws KindException naming the argument and the cluster's nodes, if no name is given or one is unknown
   */
  static List<String> of(String cluster, List<String> clusterNodes, Collection<String> requested) {
    if (requested.isEmpty()) {
      throw new KindException("nodes: the list is empty; name one or more of " + String.join(", ", clusterNodes)
          + ", or name none at all to load into every node");
    }
    List<String> unknown = requested.stream().filter(name -> !clusterNodes.contains(name)).distinct().toList();
    if (!unknown.isEmpty()) {
      throw new KindException("nodes: cluster " + cluster + " has no node named " + String.join(", ", unknown)
          + "; its nodes are " + String.join(", ", clusterNodes));
    }
    Set<String> wanted = Set.copyOf(requested);
    return clusterNodes.stream().filter(wanted::contains).toList();
  }
}
