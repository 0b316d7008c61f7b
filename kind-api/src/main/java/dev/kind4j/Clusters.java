package dev.kind4j;

import java.nio.file.Path;
import java.util.List;

/** The kind clusters on this engine, found by their containers' labels, as kind finds them. */
public interface Clusters {

  /** The names of all clusters, sorted. */
  List<String> list();

  /** A running cluster by name; closing it does not delete it. */
  Cluster attach(String name);

  /**
   * Deletes a cluster's nodes, including those a killed JVM left behind, and removes its entries from
   * {@code kubeconfig} (or from {@code $KUBECONFIG} / {@code ~/.kube/config} when null).
   */
  void delete(String name, Path kubeconfig);

  /** Deletes a cluster and removes its entries from the default kubeconfig. */
  default void delete(String name) {
    delete(name, null);
  }
}
