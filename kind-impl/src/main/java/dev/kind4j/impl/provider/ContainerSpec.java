package dev.kind4j.impl.provider;

import dev.kind4j.config.MountPropagation;
import dev.kind4j.impl.node.NodePrivileges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything kind4j asks of {@code docker run}, in engine-neutral terms; {@link Provider}
 * translates it.
 */
public record ContainerSpec(
    String image,
    String name,
    String hostname,
    List<String> entrypoint,
    List<String> command,
    Map<String, String> labels,
    Map<String, String> env,
    String network,
    NodePrivileges privileges,
    List<String> tmpfs,
    List<String> anonymousVolumes,
    List<Mount> mounts,
    List<PortBinding> ports,
    List<String> dnsSearch,
    boolean hostPidNamespace,
    boolean node,
    String volumesFrom) {

  /**
   * A host path bound into the container, or a named volume when {@code source} is not absolute.
   *
   * @param propagation how mounts beneath it propagate
   * @param selinuxRelabel whether the engine relabels it for this container alone ({@code :Z})
   */
  public record Mount(String source, String target, boolean readOnly, MountPropagation propagation,
      boolean selinuxRelabel) {

    /** A plain mount, private, without relabelling. */
    public Mount(String source, String target, boolean readOnly) {
      this(source, target, readOnly, MountPropagation.NONE, false);
    }
  }

  /** A container port published on a host address; host port 0 lets the engine choose. */
  public record PortBinding(String hostAddress, int hostPort, int containerPort, String protocol) {}

  public ContainerSpec {
    Objects.requireNonNull(image, "image");
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    command = List.copyOf(command);
    labels = Map.copyOf(labels);
    env = Map.copyOf(env);
    tmpfs = List.copyOf(tmpfs);
    anonymousVolumes = List.copyOf(anonymousVolumes);
    mounts = List.copyOf(mounts);
    ports = List.copyOf(ports);
    dnsSearch = List.copyOf(dnsSearch);
  }

  public static Builder builder(String image) {
    return new Builder(image);
  }

  /** Collects a {@link ContainerSpec}. */
  public static final class Builder {
    private final String image;
    private String name;
    private String hostname;
    private List<String> entrypoint;
    private final List<String> command = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private String network;
    private NodePrivileges privileges;
    private final List<String> tmpfs = new ArrayList<>();
    private final List<String> anonymousVolumes = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final List<PortBinding> ports = new ArrayList<>();
    private final List<String> dnsSearch = new ArrayList<>();
    private boolean hostPidNamespace;
    private boolean node;
    private String volumesFrom;

    private Builder(String image) {
      this.image = image;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder hostname(String hostname) {
      this.hostname = hostname;
      return this;
    }

    /** Replaces the image's entrypoint. */
    public Builder entrypoint(String... entrypoint) {
      this.entrypoint = List.of(entrypoint);
      return this;
    }

    public Builder command(String... command) {
      this.command.addAll(List.of(command));
      return this;
    }

    public Builder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    public Builder env(String key, String value) {
      env.put(key, value);
      return this;
    }

    public Builder network(String network) {
      this.network = network;
      return this;
    }

    /** Runs with these rights instead of the engine's defaults. */
    public Builder privileges(NodePrivileges privileges) {
      this.privileges = privileges;
      return this;
    }

    public Builder tmpfs(String path) {
      tmpfs.add(path);
      return this;
    }

    public Builder anonymousVolume(String path) {
      anonymousVolumes.add(path);
      return this;
    }

    /** Binds a host path, or mounts a named volume, at {@code target}. */
    public Builder mount(String source, String target, boolean readOnly) {
      return mount(new Mount(source, target, readOnly));
    }

    public Builder mount(Mount mount) {
      mounts.add(mount);
      return this;
    }

    /** DNS search domains for the container's resolv.conf. */
    public Builder dnsSearch(List<String> domains) {
      dnsSearch.addAll(domains);
      return this;
    }

    public Builder publish(PortBinding port) {
      ports.add(port);
      return this;
    }

    public Builder hostPidNamespace() {
      this.hostPidNamespace = true;
      return this;
    }

    /** Adds what a kind node needs beyond its privileges: a tty, private cgroup namespace, restart on failure. */
    public Builder node() {
      this.node = true;
      return this;
    }

    /** Mounts every volume of {@code container} where that container has it. */
    public Builder volumesFrom(String container) {
      this.volumesFrom = container;
      return this;
    }

    public ContainerSpec build() {
      return new ContainerSpec(image, name, hostname, entrypoint, command, labels, env, network, privileges,
          tmpfs, anonymousVolumes, mounts, ports, dnsSearch, hostPidNamespace, node, volumesFrom);
    }
  }
}
