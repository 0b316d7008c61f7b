package dev.kind4j.impl.cluster;

import dev.kind4j.Cluster;
import dev.kind4j.Clusters;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import java.nio.file.Path;
import java.util.List;

/** The kind clusters on a Docker engine, found by the {@code io.x-k8s.kind.cluster} label. */
public final class DockerClusters implements Clusters {

  @Override
  public List<String> list() {
    try (Provider engine = Providers.connect()) {
      return engine.containersWithLabelKey(Labels.CLUSTER).stream()
          .map(c -> c.labels().get(Labels.CLUSTER))
          .filter(name -> name != null && !name.isBlank())
          .distinct()
          .sorted()
          .toList();
    }
  }

  @Override
  public Cluster attach(String name) {
    Provider engine = Providers.connect();
    try {
      return DockerCluster.attached(engine, name);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  @Override
  public Path exportKubeconfig(String name, Path kubeconfig) {
    try (Provider engine = Providers.connect()) {
      return UserKubeconfig.export(DockerCluster.attached(engine, name).externalKubeconfig(), kubeconfig);
    }
  }

  @Override
  public void delete(String name, Path kubeconfig) {
    try (Provider engine = Providers.connect()) {
      ClusterNodes.remove(engine, name);
    }
    UserKubeconfig.remove(name, kubeconfig);
  }
}
