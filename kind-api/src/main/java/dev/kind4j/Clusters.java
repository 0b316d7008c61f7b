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

  /**
   * Merges a running cluster's context, {@code kind-<name>}, into {@code kubeconfig} (or {@code $KUBECONFIG} /
   * {@code ~/.kube/config} when null) and makes it current, as {@code kind export kubeconfig} does. The server is
   * the address for use from this host, as in {@link Cluster#kubeconfig()}.
   *
   * @return the file written
   * @throws KindException if no cluster of that name runs
   */
  Path exportKubeconfig(String name, Path kubeconfig);

  /** Deletes a cluster and removes its entries from the default kubeconfig. */
  default void delete(String name) {
    delete(name, null);
  }
}
