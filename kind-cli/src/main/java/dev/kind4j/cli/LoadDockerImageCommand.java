package dev.kind4j.cli;

import dev.kind4j.Cluster;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kind4j load docker-image}: local images into every node, or those named by {@code --nodes}; nodes that hold
 * them already are skipped.
 */
@Command(name = "docker-image", description = "Loads docker images from host into nodes")
final class LoadDockerImageCommand implements Callable<Integer> {

  @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "local images, such as my-app:dev")
  List<String> images;

  @Mixin
  ClusterNameOption name;

  @Mixin
  NodesOption nodes;

  @Override
  public Integer call() {
    try (Cluster cluster = RunningCluster.attach(name.name())) {
      cluster.loadImages(nodes.of(cluster), images.toArray(String[]::new));
    }
    return 0;
  }
}
