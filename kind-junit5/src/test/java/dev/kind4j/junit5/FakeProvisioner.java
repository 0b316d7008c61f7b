package dev.kind4j.junit5;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.Node;
import dev.kind4j.NodeRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A {@link Provisioner} without an engine: its clusters record what is done to them in {@link #EVENTS}. */
final class FakeProvisioner implements Provisioner {

  /** What happened, in order, such as {@code create kind4j-x-abc123} or {@code exec kind4j-x-abc123 kubectl …}. */
  static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());

  static final String KUBECONFIG = """
      apiVersion: v1
      kind: Config
      clusters:
      - cluster:
          server: https://127.0.0.1:40123
          insecure-skip-tls-verify: true
        name: kind-dev
      contexts:
      - context:
          cluster: kind-dev
          user: kind-dev
        name: kind-dev
      current-context: kind-dev
      users:
      - name: kind-dev
        user:
          token: not-a-real-token
      """;

  @Override
  public Optional<String> dockerAbsence() {
    return Optional.empty();
  }

  @Override
  public ProvisionedCluster create(ClusterSpec spec, String name) {
    EVENTS.add("create " + name + " workers=" + spec.workers());
    try {
      Path kubeconfig = Files.createTempDirectory("kind4j-fake-").resolve("kubeconfig");
      Files.writeString(kubeconfig, KUBECONFIG);
      return new ProvisionedCluster(new FakeCluster(name), kubeconfig);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reports no Docker engine. */
  static final class NoDocker implements Provisioner {

    @Override
    public Optional<String> dockerAbsence() {
      return Optional.of("No Docker engine answers at unix:///var/run/docker.sock: start it (for example "
          + "`systemctl start docker`) or set DOCKER_HOST");
    }

    @Override
    public ProvisionedCluster create(ClusterSpec spec, String name) {
      throw new AssertionError("create without Docker");
    }
  }

  private record FakeCluster(String name) implements Cluster {

    @Override
    public List<Node> nodes() {
      return List.of(new FakeNode(name));
    }

    @Override
    public Node node(String nodeName) {
      return nodes().get(0);
    }

    @Override
    public String kubeconfig() {
      return KUBECONFIG;
    }

    @Override
    public String internalKubeconfig() {
      return KUBECONFIG;
    }

    @Override
    public String apiServerUrl() {
      return "https://127.0.0.1:40123";
    }

    @Override
    public String network() {
      return "kind";
    }

    @Override
    public int apiServerPort() {
      return 40123;
    }

    @Override
    public void waitForPodsReady(String namespace, String labelSelector, Duration timeout) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void waitForRollout(String namespace, String deployment, Duration timeout) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int hostPort(String nodeName, int containerPort) {
      return 40124;
    }

    @Override
    public void loadImages(String... images) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void loadImages(Collection<String> nodeNames, String... images) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void loadImageArchive(Path archive) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void loadImageArchive(Collection<String> nodeNames, Path archive) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void exportLogs(Path directory) {
      EVENTS.add("exportLogs " + name + " to " + directory);
    }

    @Override
    public void delete() {
      close();
    }

    @Override
    public void close() {
      EVENTS.add("delete " + name);
    }
  }

  private record FakeNode(String clusterName) implements Node {

    @Override
    public String name() {
      return clusterName + "-control-plane";
    }

    @Override
    public NodeRole role() {
      return NodeRole.CONTROL_PLANE;
    }

    @Override
    public String ip() {
      return "172.18.0.2";
    }

    @Override
    public ExecResult tryExec(ExecRequest request) {
      EVENTS.add("exec " + clusterName + " " + String.join(" ", request.command()));
      return new ExecResult(request.command(), 0, "", "");
    }

    @Override
    public void copyIn(Path hostPath, String nodePath) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(String nodePath, byte[] content, int mode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void copyOut(String nodePath, Path hostDirectory) {
      throw new UnsupportedOperationException();
    }
  }
}
