package dev.kind4j.cli;

import dev.kind4j.ClusterBuilder;
import dev.kind4j.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kind4j create cluster}: kind's flags, plus {@code --kubernetes-version}. */
@Command(name = "cluster", sortOptions = false,
    description = {"Creates a local Kubernetes cluster, as kind create cluster does.",
        "The cluster outlives this command (unlike clusters created from Java, which end with their JVM): "
            + "delete it with 'kind4j delete cluster'."})
final class CreateClusterCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--name"}, paramLabel = "string",
      description = "cluster name, overrides KIND_CLUSTER_NAME, config (default kind)")
  String name;

  @Option(names = "--image", paramLabel = "string", description = "node docker image to use for booting the cluster")
  String image;

  @Option(names = "--kubernetes-version", paramLabel = "string",
      description = "Kubernetes version of the nodes, such as 1.20 or v1.20.2: a local kind4j node image of that "
          + "version, else kind's kindest/node image for it (kind4j's addition; not with --image)")
  String kubernetesVersion;

  @Option(names = "--config", paramLabel = "string", description = "path to a kind config file")
  Path config;

  @Option(names = "--wait", paramLabel = "duration", defaultValue = "0s", converter = GoDuration.class,
      description = "wait for control plane node to be ready, such as 5m or 30s (default 0s)")
  Duration wait;

  @Option(names = "--retain", description = "retain nodes for debugging when cluster creation fails")
  boolean retain;

  @Mixin
  KubeconfigOption kubeconfig;

  @Override
  public Integer call() {
    if (image != null && kubernetesVersion != null) {
      throw Flags.usage(spec, "--image and --kubernetes-version both choose the node image; pass one of them");
    }
    ClusterBuilder cluster = Kind.cluster().outliveJvm(true).progress(RootCommand.of(spec).status())
        .waitForReady(wait).retainOnFailure(retain);
    Flags.apply(spec, "--name", name, cluster::name);
    Flags.apply(spec, "--image", image, cluster::image);
    Flags.apply(spec, "--kubernetes-version", kubernetesVersion, cluster::kubernetesVersion);
    Flags.apply(spec, "--config", config, cluster::config);
    Flags.apply(spec, "--kubeconfig", kubeconfig.path(), cluster::kubeconfigPath);
    // Not closed: closing a created cluster deletes it. Its engine connection ends with this process.
    cluster.create();
    spec.commandLine().getErr().println("Have a nice day! 👋");
    return 0;
  }
}
