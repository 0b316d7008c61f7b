package dev.kind4j.impl;

import dev.kind4j.Cluster;
import dev.kind4j.Clusters;
import dev.kind4j.ImageRef;
import dev.kind4j.Registry;
import dev.kind4j.Snapshots;
import dev.kind4j.impl.cluster.DockerClusters;
import dev.kind4j.impl.cluster.create.ClusterCreation;
import dev.kind4j.impl.cluster.snapshot.DockerSnapshots;
import dev.kind4j.impl.image.base.BaseImageBuild;
import dev.kind4j.impl.image.node.CustomNodeImageBuild;
import dev.kind4j.impl.image.node.NodeImageBuild;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.registry.RegistryStart;
import dev.kind4j.spi.BaseImageRequest;
import dev.kind4j.spi.ClusterRequest;
import dev.kind4j.spi.CustomNodeImageRequest;
import dev.kind4j.spi.KindProvider;
import dev.kind4j.spi.NodeImageRequest;
import dev.kind4j.spi.RegistryRequest;
import java.util.function.Function;

/** kind4j on a Docker engine, through docker-java. Registered for {@link java.util.ServiceLoader}. */
public final class DockerKindProvider implements KindProvider {

  @Override
  public ImageRef buildBaseImage(BaseImageRequest request) {
    return withEngine(engine -> new BaseImageBuild(engine, request).run());
  }

  @Override
  public ImageRef buildNodeImage(NodeImageRequest request) {
    return withEngine(engine -> new NodeImageBuild(engine, request).run());
  }

  @Override
  public ImageRef buildCustomNodeImage(CustomNodeImageRequest request) {
    return withEngine(engine -> new CustomNodeImageBuild(engine, request).run());
  }

  @Override
  public Cluster createCluster(ClusterRequest request) {
    Provider engine = Providers.connect();
    try {
      return new ClusterCreation(engine, request).run();
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  @Override
  public Registry startRegistry(RegistryRequest request) {
    return withEngine(engine -> new RegistryStart(engine, request).run());
  }

  @Override
  public Clusters clusters() {
    return new DockerClusters();
  }

  @Override
  public Snapshots snapshots() {
    return new DockerSnapshots(Providers::connect);
  }

  private static <T> T withEngine(Function<Provider, T> work) {
    try (Provider engine = Providers.connect()) {
      return work.apply(engine);
    }
  }
}
