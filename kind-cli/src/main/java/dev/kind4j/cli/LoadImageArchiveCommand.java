package dev.kind4j.cli;

import dev.kind4j.Cluster;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kind4j load image-archive}: a {@code docker save} archive into every node, or those named by
 * {@code --nodes}.
 */
@Command(name = "image-archive", description = "Loads docker image from archive into nodes")
final class LoadImageArchiveCommand implements Callable<Integer> {

  @Parameters(paramLabel = "IMAGE.tar", description = "an archive written by docker save")
  Path archive;

  @Mixin
  ClusterNameOption name;

  @Mixin
  NodesOption nodes;

  @Override
  public Integer call() {
    try (Cluster cluster = RunningCluster.attach(name.name())) {
      cluster.loadImageArchive(nodes.of(cluster), archive);
    }
    return 0;
  }
}
