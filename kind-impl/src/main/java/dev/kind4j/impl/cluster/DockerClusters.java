package dev.kind4j.impl.cluster;

import dev.kind4j.Cluster;
import dev.kind4j.Clusters;
import dev.kind4j.impl.provider.docker.DockerEngine;
import dev.kind4j.impl.provider.Labels;
import java.nio.file.Path;
import java.util.List;

/** The kind clusters on a Docker engine, found by the {@code io.x-k8s.kind.cluster} label. */
public final class DockerClusters implements Clusters {

  @Override
  public List<String> list() {
    try (DockerEngine engine = DockerEngine.connect()) {
      return engine.containersWithLabelKey(Labels.CLUSTER).stream()
          .map(c -> c.getLabels().get(Labels.CLUSTER))
          .filter(name -> name != null && !name.isBlank())
          .distinct()
          .sorted()
          .toList();
    }
  }

  @Override
  public Cluster attach(String name) {
    DockerEngine engine = DockerEngine.connect();
    try {
      return DockerCluster.attached(engine, name);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  @Override
  public Path exportKubeconfig(String name, Path kubeconfig) {
    try (DockerEngine engine = DockerEngine.connect()) {
      return UserKubeconfig.export(DockerCluster.attached(engine, name).externalKubeconfig(), kubeconfig);
    }
  }

  @Override
  public void delete(String name, Path kubeconfig) {
    try (DockerEngine engine = DockerEngine.connect()) {
      ClusterNodes.remove(engine, name);
    }
    UserKubeconfig.remove(name, kubeconfig);
  }
}
