package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.NodeRole;
import dev.kind4j.ProgressListener;
import dev.kind4j.Registry;
import dev.kind4j.Snapshot;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.IpFamily;
import dev.kind4j.impl.cluster.ClusterNodes;
import dev.kind4j.impl.cluster.DockerCluster;
import dev.kind4j.impl.cluster.UserKubeconfig;
import dev.kind4j.impl.cluster.config.ConfigDefaults;
import dev.kind4j.impl.cluster.config.ConfigLoader;
import dev.kind4j.impl.cluster.config.ConfigValidator;
import dev.kind4j.impl.cluster.kubeconfig.ClusterKubeconfig;
import dev.kind4j.impl.cluster.loadbalancer.LoadBalancer;
import dev.kind4j.impl.cluster.nodeimage.NodeImageChoice;
import dev.kind4j.impl.cluster.nodeimage.NodeImages;
import dev.kind4j.impl.cluster.snapshot.DockerSnapshots;
import dev.kind4j.impl.cluster.snapshot.SnapshotKey;
import dev.kind4j.impl.console.StatusPrinter;
import dev.kind4j.impl.node.NameTakenException;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.registry.RegistryWiring;
import dev.kind4j.impl.util.HostPort;
import dev.kind4j.spi.ClusterRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates a cluster as kind does: the config is loaded, defaulted and validated, then a pipeline of
 * small steps runs, each reported as one status line. A failing step removes every container this create made,
 * and nothing another create made, unless the request retains them.
 */
public final class ClusterCreation {

  private static final List<CreateStep> STEPS = List.of(new EnsureNodeImage(), new PrepareNodes(),
      new WriteConfiguration(), new StartLoadBalancer(), new StartControlPlane(), new InstallCni(),
      new InstallStorageClass(), new InstallDns(), new JoinControlPlanes(), new JoinWorkers(), new WaitForReady(),
      new SaveSnapshot(), new ConnectRegistries());
  private static final List<CreateStep> WARM_STEPS = List.of(new StartFromSnapshot(), new WaitForWarmNodes(),
      new ConnectRegistries());

  private final Provider engine;
  private final ClusterRequest request;

  public ClusterCreation(Provider engine, ClusterRequest request) {
    this.engine = engine;
    this.request = request;
  }

  public DockerCluster run() {
    ClusterConfig config = config();
    ProgressListener listener = request.listener().orElseGet(() -> StatusPrinter.forConsole(false));
    Progress progress = Progress.of(listener);
    if (!ClusterNodes.of(engine, config.name()).isEmpty()) {
      throw new KindException("name: a cluster named '" + config.name() + "' already exists; delete it with "
          + "Kind.clusters().delete(\"" + config.name() + "\") or choose another name");
    }
    request.registries().forEach(this::requireRunning);
    String network = request.network().map(this::existingNetwork).orElse(NodeSpecs.NETWORK);
    if (config.networking().ipFamily() != IpFamily.IPV4) {
      Ipv6Network.require(engine, network, request.network().isPresent());
    }
    progress.info("Creating cluster \"" + config.name() + "\" ...");
    boolean warmStart = request.warmStart() && !severalControlPlanes(config);
    if (request.warmStart() && !warmStart) {
      progress.info("Warm starts are off for clusters with several control planes: this one is created cold and no "
          + "snapshot is saved");
    }
    ClusterPlan plan = ClusterPlan.of(config, defaultImage(config, progress), warmStart, network,
        engine.remoteHost().isEmpty());
    Optional<String> snapshotKey = warmStart ? Optional.of(snapshotKey(config, plan)) : Optional.empty();
    Optional<Snapshot> snapshot = snapshotKey.flatMap(key -> DockerSnapshots.find(engine, key, plan.nodes().size()));
    if (snapshot.isPresent()) {
      try {
        return finish(runSteps(WARM_STEPS, new CreationContext(request, config, engine, progress, plan), snapshotKey,
            snapshot, false), config, progress);
      } catch (NameTakenException e) {
        throw e;
      } catch (RuntimeException e) {
        DockerSnapshots.delete(engine, snapshot.get().key());
        progress.warn("Warm start from snapshot " + snapshot.get().key() + " failed, so the snapshot is deleted and "
            + "the cluster is created cold: " + rootMessage(e));
      }
    }
    return finish(runSteps(STEPS, new CreationContext(request, config, engine, progress, plan), snapshotKey,
        Optional.empty(), request.retainOnFailure()), config, progress);
  }

  /**
   * Runs the steps, then exports the kubeconfig. A failure removes the containers this create made, and nothing
   * else, unless {@code retain}; the error names the step and keeps its cause, with any cleanup error suppressed.
   */
  private Path runSteps(List<CreateStep> steps, CreationContext context, Optional<String> snapshotKey,
      Optional<Snapshot> snapshot, boolean retain) {
    context.snapshotKey = snapshotKey;
    context.snapshot = snapshot;
    String current = "Planning";
    try {
      for (CreateStep step : steps) {
        if (step.applies(context)) {
          current = step.title(context);
          context.progress.step(current, () -> {
            step.run(context);
            return null;
          });
        }
      }
      current = "Exporting the kubeconfig";
      return exportKubeconfig(context);
    } catch (RuntimeException e) {
      RuntimeException failure = e instanceof NameTakenException ? e : new KindException("creating cluster \""
          + context.name + "\" failed at \"" + current + "\": " + firstLine(e), e);
      if (retain) {
        context.progress.warn("Keeping the nodes of the failed cluster \"" + context.name + "\" as asked; remove them "
            + "with Kind.clusters().delete(\"" + context.name + "\")");
      } else {
        try {
          ClusterNodes.removeCreatedBy(engine, context.createId);
        } catch (RuntimeException cleanup) {
          failure.addSuppressed(cleanup);
        }
      }
      throw failure;
    }
  }

  private DockerCluster finish(Path kubeconfig, ClusterConfig config, Progress progress) {
    progress.info("Set kubectl context to \"" + ClusterKubeconfig.contextName(config.name()) + "\"");
    progress.info("You can now use your cluster with:\n\nkubectl cluster-info --context "
        + ClusterKubeconfig.contextName(config.name()) + " --kubeconfig " + kubeconfig);
    return DockerCluster.created(engine, config.name(), kubeconfig);
  }

  /**
   * The image of nodes whose config names none: the request's, else its version's, else kind's default (offline, the
   * newest local kind4j node image); resolved only when some node names none.
   */
  private String defaultImage(ClusterConfig config, Progress progress) {
    if (request.image().isPresent() || config.nodes().stream().allMatch(node -> node.image() != null)) {
      return request.image().orElse(null);
    }
    NodeImageChoice choice = request.kubernetesVersion().isPresent()
        ? NodeImages.forVersion(engine, request.kubernetesVersion().get()) : NodeImages.defaultImage(engine);
    if (!choice.reason().isEmpty()) {
      progress.info(choice.reason());
    }
    return choice.reference();
  }

  private static boolean severalControlPlanes(ClusterConfig config) {
    return config.nodes().stream().filter(node -> node.role() == NodeRole.CONTROL_PLANE).count() > 1;
  }

  /** The name of the user's network, which must exist: kind4j removes no network, so it creates none for them. */
  private String existingNetwork(String nameOrId) {
    return engine.networkName(nameOrId).orElseThrow(() -> new KindException("network: the engine has no network "
        + "named '" + nameOrId + "' or with that ID; create it first (`docker network create " + nameOrId + "`, or "
        + "Testcontainers' Network.newNetwork() and its getId()), or leave network unset for kind's network"));
  }

  /** The snapshot key of this config and its node images, which are pulled first if they are missing. */
  private String snapshotKey(ClusterConfig config, ClusterPlan plan) {
    List<String> imageIds = plan.nodes().stream().map(node -> engine.presentOrPulled(node.image(), reason ->
        "image: " + node.image() + " is neither present nor pullable (" + reason + "); build it with "
            + "Kind.nodeImage()…build() or load it with `docker load`")).toList();
    return SnapshotKey.of(config, imageIds);
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private ClusterConfig config() {
    ClusterConfig raw = request.config()
        .or(() -> request.configYaml().map(ConfigLoader::load))
        .orElseGet(() -> ClusterConfig.builder().build());
    if (request.workers().isPresent()) {
      if (!raw.nodes().isEmpty()) {
        throw new KindException("workers: the config already lists its nodes; set the workers there or drop workers(n)");
      }
      raw = raw.withNodes(ClusterConfig.builder().controlPlane().workers(request.workers().get()).build().nodes());
    }
    if (!request.registries().isEmpty()) {
      raw = withContainerdPatch(raw, RegistryWiring.CONTAINERD_PATCH);
    }
    ClusterConfig config = ConfigDefaults.apply(raw, request.name(), engine.remoteHost().isPresent());
    ConfigValidator.validate(config);
    return config;
  }

  /** Refuses a registry that is not running before anything starts, so it costs no warm-start snapshot. */
  private void requireRunning(Registry registry) {
    if (!engine.isRunning(registry.name())) {
      throw new KindException("registry: " + registry.name() + " is not running; start one with "
          + "Kind.registry().start() and pass that, or drop registry(…)");
    }
  }

  private static ClusterConfig withContainerdPatch(ClusterConfig config, String patch) {
    List<String> patches = new ArrayList<>(config.containerdConfigPatches());
    patches.add(patch);
    return new ClusterConfig(config.name(), config.nodes(), config.networking(), config.featureGates(),
        config.runtimeConfig(), config.kubeadmConfigPatches(), config.kubeadmConfigPatchesJSON6902(), patches,
        config.containerdConfigPatchesJSON6902());
  }

  private Path exportKubeconfig(CreationContext context) {
    String endpoint = context.plan.loadBalanced() ? LoadBalancer.name(context.name)
        : context.bootstrapControlPlane().name();
    int port = context.plan.apiServerPort() > 0 ? context.plan.apiServerPort()
        : engine.publishedPort(endpoint, NodeSpec.API_SERVER_CONTAINER_PORT, "tcp").port();
    String host = engine.reachableHost(context.config.networking().apiServerAddress());
    String server = "https://" + HostPort.of(host, port);
    ClusterKubeconfig kubeconfig = ClusterKubeconfig.fromKubeadm(context.adminKubeconfig, context.name, server);
    return UserKubeconfig.export(kubeconfig, request.kubeconfigPath().orElse(null));
  }
}
