package dev.kind4j;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.spi.ClusterRequest;
import dev.kind4j.spi.KindProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Creates a kind cluster, as {@code kind create cluster} does.
 *
 * <pre>{@code
 * try (Cluster cluster = Kind.cluster().name("dev").image("kindest/node:v1.20.2").workers(2).create()) {
 *   cluster.controlPlane().exec("kubectl", "get", "nodes");
 * }
 * }</pre>
 *
 * <p>Not thread-safe; {@link #create()} copies the settings, so the builder may be reused.
 */
public final class ClusterBuilder {

  private static final Pattern NAME = Pattern.compile("[a-z0-9.-]+");
  private static final Pattern VERSION = Pattern.compile("v?\\d+\\.\\d+(\\.\\d+)?");

  private final KindProvider provider;
  private String name;
  private String image;
  private String configYaml;
  private ClusterConfig config;
  private Integer workers;
  private Duration waitForReady = Duration.ofMinutes(5);
  private boolean retainOnFailure;
  private Path kubeconfigPath;
  private ProgressListener listener;
  private boolean warmStart;
  private boolean outliveJvm;
  private String kubernetesVersion;
  private final List<Registry> registries = new ArrayList<>();
  private String network;

  ClusterBuilder(KindProvider provider) {
    this.provider = provider;
  }

  /** The cluster's name; {@code KIND_CLUSTER_NAME}, else the config's, else {@code kind}. */
  public ClusterBuilder name(String name) {
    if (name == null || !NAME.matcher(name).matches() || name.length() > 50) {
      throw new IllegalArgumentException("name: '" + name + "' is not a cluster name; use up to 50 lowercase "
          + "letters, digits, '.' and '-', such as 'dev'");
    }
    this.name = name;
    return this;
  }

  /** The node image for nodes whose config names none. */
  public ClusterBuilder image(String image) {
    this.image = BaseImageBuilder.requireImageReference("image", image);
    return this;
  }

  /**
   * The Kubernetes version of nodes whose config names no image, such as {@code "1.31"} (the newest patch kind4j
   * knows) or {@code "v1.31.4"}. A local node image of that version built by kind4j (tagged {@code v<version>}) is
   * used when there is one; otherwise the {@code kindest/node} image, pinned by digest, that the kind release kind4j
   * tracks lists for it. Cannot be combined with {@link #image(String)}.
   */
  public ClusterBuilder kubernetesVersion(String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("kubernetesVersion: '" + version + "' is not a Kubernetes version; use a "
          + "minor such as \"1.31\" or a release such as \"v1.31.4\"");
    }
    this.kubernetesVersion = version;
    return this;
  }

  /** A kind v1alpha4 {@code Cluster} config file. */
  public ClusterBuilder config(Path file) {
    try {
      this.configYaml = Files.readString(Objects.requireNonNull(file, "config"));
      this.config = null;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("config: cannot read " + file, e);
    }
  }

  /** A kind v1alpha4 {@code Cluster} config as YAML text. */
  public ClusterBuilder config(String yaml) {
    this.configYaml = Objects.requireNonNull(yaml, "config");
    this.config = null;
    return this;
  }

  /** A cluster config built in Java. */
  public ClusterBuilder config(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.configYaml = null;
    return this;
  }

  /** Shorthand for one control plane and {@code count} workers; cannot be combined with a config that lists nodes. */
  public ClusterBuilder workers(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("workers: " + count + " must be 0 or more");
    }
    this.workers = count;
    return this;
  }

  /** How long to wait for the control plane to become Ready after it starts; 5 minutes by default. */
  public ClusterBuilder waitForReady(Duration wait) {
    if (wait == null || wait.isNegative()) {
      throw new IllegalArgumentException("waitForReady: must be zero or positive, such as Duration.ofMinutes(5)");
    }
    this.waitForReady = wait;
    return this;
  }

  /**
   * Keeps the nodes of a failed create, for debugging; by default they are removed. A create that retains them
   * also keeps a successful cluster after the JVM ends, as {@link #outliveJvm(boolean)} does.
   */
  public ClusterBuilder retainOnFailure(boolean retain) {
    this.retainOnFailure = retain;
    return this;
  }

  /** The kubeconfig file to merge the cluster's context into; else {@code $KUBECONFIG}, else {@code ~/.kube/config}. */
  public ClusterBuilder kubeconfigPath(Path path) {
    this.kubeconfigPath = Objects.requireNonNull(path, "kubeconfigPath");
    return this;
  }

  /** Receives the create steps; by default they are printed to standard error as kind prints them. */
  public ClusterBuilder progress(ProgressListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Starts the cluster from a snapshot of a bootstrapped one, in seconds, instead of running {@code kubeadm init}
   * and {@code join}. The first such create for a node image and config bootstraps as usual, then saves the
   * snapshot (see {@link Kind#snapshots()}); a snapshot whose inputs changed is never used. Each warm cluster has
   * its own containers, name, host ports and kubeconfig context, and shares no state with any other.
   *
   * <p>In Kubernetes the nodes of a warm-start cluster are named as in kind's default cluster, whatever the
   * cluster's name: {@code kind-control-plane}, {@code kind-worker}, {@code kind-worker2}, …; their containers keep
   * kind's names, {@code <cluster>-control-plane} and so on, and {@link Cluster#node(String)} takes those. Warm
   * clusters from one snapshot share its certificate authority, service-account signing key and admin credentials:
   * they are for local tests, with the API server on 127.0.0.1. If a warm start fails, the cluster is created cold,
   * with one warning that says why.
   */
  public ClusterBuilder warmStart(boolean warmStart) {
    this.warmStart = warmStart;
    return this;
  }

  /**
   * Keeps the cluster after this JVM ends, until it is deleted. By default a cluster is removed, with its volumes,
   * within a minute after the JVM that created it ends, however it ends (a normal exit, a crash, or a kill by a CI
   * timeout or an IDE's stop button), as Testcontainers removes its containers.
   */
  public ClusterBuilder outliveJvm(boolean outlive) {
    this.outliveJvm = outlive;
    return this;
  }

  /**
   * Has the nodes pull images named {@code registry.hostAddress() + "/..."} from {@code registry}, as kind's
   * local-registry guide sets it up: the registry joins the cluster's network, each node's containerd gets a
   * {@code hosts.toml} for that address under {@code /etc/containerd/certs.d} (turned on by a containerd config
   * patch), and the {@code local-registry-hosting} ConfigMap in {@code kube-public} documents it. May be given for
   * several registries.
   */
  public ClusterBuilder registry(Registry registry) {
    registries.add(Objects.requireNonNull(registry, "registry"));
    return this;
  }

  /**
   * An existing engine network to start the nodes on, by name or ID, instead of kind's {@code kind} network; by
   * default {@code KIND_EXPERIMENTAL_DOCKER_NETWORK}, as in kind. Other containers on it, such as those of a
   * Testcontainers {@code Network} (pass its {@code getId()}), reach the API server through
   * {@link Cluster#internalKubeconfig()} and the nodes by name, and pods reach them by their network aliases. The
   * network is never removed by kind4j.
   */
  public ClusterBuilder network(String nameOrId) {
    if (nameOrId == null || nameOrId.isBlank()) {
      throw new IllegalArgumentException("network: must name an existing engine network or give its ID, such as "
          + "Testcontainers' network.getId()");
    }
    this.network = nameOrId;
    return this;
  }

  /** Creates the cluster and waits for its control plane; on failure nothing is left behind unless retained. */
  public Cluster create() {
    if (image != null && kubernetesVersion != null) {
      throw new IllegalArgumentException("kubernetesVersion: '" + kubernetesVersion + "' and image '" + image
          + "' both pick the node image; set one of them");
    }
    Optional<String> envName = Optional.ofNullable(System.getenv("KIND_CLUSTER_NAME")).filter(n -> !n.isBlank());
    Optional<String> envNetwork = Optional.ofNullable(System.getenv("KIND_EXPERIMENTAL_DOCKER_NETWORK"))
        .filter(n -> !n.isBlank());
    return provider.createCluster(new ClusterRequest(Optional.ofNullable(name).or(() -> envName),
        Optional.ofNullable(image), Optional.ofNullable(configYaml), Optional.ofNullable(config),
        Optional.ofNullable(workers), waitForReady, retainOnFailure, Optional.ofNullable(kubeconfigPath),
        Optional.ofNullable(listener), warmStart, outliveJvm, Optional.ofNullable(kubernetesVersion),
        registries, Optional.ofNullable(network).or(() -> envNetwork)));
  }
}
