package dev.kind4j.impl.node;

import dev.kind4j.NodeRole;

/** kind's node container names: {@code <cluster>-control-plane}, {@code <cluster>-worker}, {@code <cluster>-worker2}, … */
public final class NodeNames {

  private NodeNames() {}

  /**
   * @param cluster the cluster's name
   * @param role the node's role
   * @param index the node's position among nodes of its role, from 1
   */
  public static String of(String cluster, NodeRole role, int index) {
    if (index < 1) {
      throw new IllegalArgumentException("index: " + index + " must be 1 or more");
    }
    return cluster + "-" + role.label() + (index == 1 ? "" : Integer.toString(index));
  }
}
