package dev.kind4j.impl.cluster;

import dev.kind4j.Cluster;
import dev.kind4j.KindException;
import dev.kind4j.Node;
import dev.kind4j.impl.cluster.kubeconfig.ClusterKubeconfig;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.PublishedPort;
import dev.kind4j.impl.util.HostPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** A cluster on a Docker engine; everything about it is read from its node containers. */
public final class DockerCluster implements Cluster {

  private final Provider engine;
  private final String name;
  private final Path kubeconfigPath;
  private final boolean deleteOnClose;
  private boolean deleted;

  private DockerCluster(Provider engine, String name, Path kubeconfigPath, boolean deleteOnClose) {
    this.engine = engine;
    this.name = name;
    this.kubeconfigPath = kubeconfigPath;
    this.deleteOnClose = deleteOnClose;
  }

  /** A cluster this JVM created: closing it deletes it and its entries in {@code kubeconfigPath}. */
  public static DockerCluster created(Provider engine, String name, Path kubeconfigPath) {
    return new DockerCluster(engine, name, kubeconfigPath, true);
  }

  /** An existing cluster: closing it only releases the engine connection. */
  public static DockerCluster attached(Provider engine, String name) {
    if (ClusterNodes.of(engine, name).isEmpty()) {
      throw new KindException("name: no cluster named '" + name + "' runs on this engine; Kind.clusters().list() shows "
          + "those that do");
    }
    return new DockerCluster(engine, name, null, false);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Node> nodes() {
    return List.copyOf(ClusterNodes.of(engine, name));
  }

  @Override
  public Node node(String nodeName) {
    return ClusterNodes.of(engine, name).stream().filter(n -> n.name().equals(nodeName)).findFirst()
        .orElseThrow(() -> new KindException("cluster " + name + " has no node named '" + nodeName + "'; its nodes are "
            + ClusterNodes.of(engine, name).stream().map(NodeContainer::name).toList()));
  }

  @Override
  public String kubeconfig() {
    return externalKubeconfig().toYaml();
  }

  /** The kubeconfig for use from this host, with the API server's published address. */
  ClusterKubeconfig externalKubeconfig() {
    return kubeconfigFor(apiServerUrl());
  }

  @Override
  public String apiServerUrl() {
    PublishedPort api = engine.publishedPort(apiEndpoint(), NodeSpec.API_SERVER_CONTAINER_PORT, "tcp");
    return "https://" + HostPort.of(api.hostIp(), api.port());
  }

  @Override
  public String network() {
    return ClusterNodes.of(engine, name).stream().findFirst().map(NodeContainer::network)
        .orElseThrow(() -> new KindException("cluster " + name + " has no nodes left"));
  }

  /**
   * {@inheritDoc} A warm-started control plane's certificate names the snapshot's node, not this container, so the
   * kubeconfig then checks it against {@code kubernetes}, a name every API server certificate holds.
   */
  @Override
  public String internalKubeconfig() {
    String container = controlPlane().name();
    ClusterKubeconfig kubeconfig = kubeconfigFor("https://" + apiEndpoint() + ":" + NodeSpec.API_SERVER_CONTAINER_PORT);
    boolean warmStarted = !container.equals(engine.inspect(container).hostname());
    return (warmStarted ? kubeconfig.withTlsServerName("kubernetes") : kubeconfig).toYaml();
  }

  /** The container that serves the API: the load balancer in front of several control planes, else the control plane. */
  private String apiEndpoint() {
    return ClusterNodes.loadBalancer(engine, name).orElseGet(() -> controlPlane().name());
  }

  private ClusterKubeconfig kubeconfigFor(String server) {
    String adminConf = controlPlane().exec("cat", "/etc/kubernetes/admin.conf").stdout();
    return ClusterKubeconfig.fromKubeadm(adminConf, name, server);
  }

  @Override
  public int apiServerPort() {
    return engine.publishedPort(apiEndpoint(), NodeSpec.API_SERVER_CONTAINER_PORT, "tcp").port();
  }

  @Override
  public int hostPort(String nodeName, int containerPort) {
    String container = node(nodeName).name();
    try {
      return engine.publishedPort(container, containerPort, "tcp").port();
    } catch (KindException e) {
      throw new KindException("containerPort: node " + nodeName + " publishes no TCP port " + containerPort
          + "; add it to the node's extraPortMappings in the cluster config", e);
    }
  }

  @Override
  public void waitForPodsReady(String namespace, String labelSelector, Duration timeout) {
    KubectlWaits.podsReady(controlPlane(), namespace, labelSelector, timeout);
  }

  @Override
  public void waitForRollout(String namespace, String deployment, Duration timeout) {
    KubectlWaits.rollout(controlPlane(), namespace, deployment, timeout);
  }

  @Override
  public void loadImages(String... images) {
    new ImageLoader(engine, ClusterNodes.of(engine, name)).loadImages(List.of(images));
  }

  @Override
  public void loadImages(Collection<String> nodeNames, String... images) {
    new ImageLoader(engine, named(nodeNames)).loadImages(List.of(images));
  }

  @Override
  public void loadImageArchive(Path archive) {
    new ImageLoader(engine, ClusterNodes.of(engine, name)).loadArchive(archive);
  }

  @Override
  public void loadImageArchive(Collection<String> nodeNames, Path archive) {
    new ImageLoader(engine, named(nodeNames)).loadArchive(archive);
  }

  private List<NodeContainer> named(Collection<String> nodeNames) {
    List<NodeContainer> nodes = ClusterNodes.of(engine, name);
    List<String> chosen = NodeSelection.of(name, nodes.stream().map(NodeContainer::name).toList(), nodeNames);
    return nodes.stream().filter(node -> chosen.contains(node.name())).toList();
  }

  @Override
  public void exportLogs(Path directory) {
    new LogExporter(engine, ClusterNodes.of(engine, name)).export(directory);
  }

  @Override
  public synchronized void delete() {
    if (deleted) {
      return;
    }
    ClusterNodes.remove(engine, name);
    UserKubeconfig.remove(name, kubeconfigPath);
    deleted = true;
  }

  @Override
  public void close() {
    try {
      if (deleteOnClose) {
        delete();
      }
    } finally {
      engine.close();
    }
  }


  @Override
  public String toString() {
    return "cluster " + name;
  }
}
