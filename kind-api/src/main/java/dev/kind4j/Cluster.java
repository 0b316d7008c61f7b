package dev.kind4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * A running kind cluster. Closing a cluster this JVM created deletes it; closing one attached with
 * {@link Clusters#attach(String)} only lets go of it.
 */
public interface Cluster extends AutoCloseable {

  /** The cluster's name; its kubeconfig context is {@code kind-<name>}. */
  String name();

  /** The nodes, control planes first, in kind's naming order. */
  List<Node> nodes();

  /** The node of that container name. */
  Node node(String name);

  /** The first control-plane node. */
  default Node controlPlane() {
    return nodes().stream().filter(n -> n.role() == NodeRole.CONTROL_PLANE).findFirst()
        .orElseThrow(() -> new KindException("cluster " + name() + " has no control-plane node"));
  }

  /** The kubeconfig for use from this host: server {@code https://127.0.0.1:<port>}, context {@code kind-<name>}. */
  String kubeconfig();

  /** The kubeconfig for use from containers on the cluster's network: server {@code https://<name>-control-plane:6443}. */
  String internalKubeconfig();

  /** The API server's URL for use from this host, such as {@code https://127.0.0.1:41235}. */
  String apiServerUrl();

  /**
   * The name of the engine network the nodes are on: {@code kind} unless the cluster was created on another with
   * {@link ClusterBuilder#network(String)}.
   */
  String network();

  /** The host port the API server is published on; chosen before the node started, it stays across restarts. */
  int apiServerPort();

  /**
   * The host port a node publishes {@code containerPort} (TCP) on, such as the one chosen for an
   * {@code extraPortMappings} entry with {@code hostPort: 0}; it stays across restarts.
   *
   * @throws KindException if the node publishes no such port
   */
  int hostPort(String nodeName, int containerPort);

  /**
   * Waits until pods match {@code labelSelector} in {@code namespace} and all of them are Ready, with the control
   * plane's {@code kubectl wait}; pods that do not exist yet are waited for too.
   *
   * @param labelSelector a label selector, such as {@code app=web}
   * @throws KindException if they are not all Ready within {@code timeout}, with the pods' state
   */
  void waitForPodsReady(String namespace, String labelSelector, Duration timeout);

  /**
   * Waits until the rollout of Deployment {@code deployment} in {@code namespace} is complete, with the control
   * plane's {@code kubectl rollout status}.
   *
   * @throws KindException if the Deployment does not exist or its rollout does not complete within {@code timeout}
   */
  void waitForRollout(String namespace, String deployment, Duration timeout);

  /**
   * Loads local images into every node's containerd, so pods can run them with
   * {@code imagePullPolicy: Never} or {@code IfNotPresent}. Nodes that already hold an image are skipped.
   */
  void loadImages(String... images);

  /**
   * Loads local images into the named nodes only, as {@code kind load docker-image --nodes} does; the other nodes
   * are left as they are. Named nodes that already hold an image are skipped.
   *
   * @param nodeNames container names of this cluster's nodes, such as {@code kind-worker}
   * @throws KindException if no name is given, or a name is not one of the cluster's nodes
   */
  void loadImages(Collection<String> nodeNames, String... images);

  /** Loads a {@code docker save} archive into every node. */
  void loadImageArchive(Path archive);

  /**
   * Loads a {@code docker save} archive into the named nodes only, as {@code kind load image-archive --nodes} does.
   *
   * @param nodeNames container names of this cluster's nodes, such as {@code kind-worker}
   * @throws KindException if no name is given, or a name is not one of the cluster's nodes
   */
  void loadImageArchive(Collection<String> nodeNames, Path archive);

  /**
   * Writes the cluster's logs under {@code directory} in kind's layout: per node the journal,
   * kubelet and containerd logs, pod logs and the container's inspect output.
   */
  void exportLogs(Path directory);

  /** Deletes the nodes and removes the cluster's kubeconfig entries. */
  void delete();

  /** Deletes the cluster if this JVM created it. */
  @Override
  void close();
}
