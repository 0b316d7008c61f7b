package dev.kind4j.impl.provider;

import dev.kind4j.config.MountPropagation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything kind4j asks of {@code docker run}, in engine-neutral terms; a {@link Provider} translates it. It says how
 * a container runs, not why: what a node needs is decided in {@code dev.kind4j.impl.node}.
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
    boolean privileged,
    List<String> addedCapabilities,
    List<String> droppedCapabilities,
    List<String> devices,
    List<String> deviceCgroupRules,
    List<String> securityOptions,
    List<String> tmpfs,
    List<String> anonymousVolumes,
    List<Mount> mounts,
    List<PortBinding> ports,
    List<String> dnsSearch,
    boolean hostPidNamespace,
    boolean tty,
    boolean privateCgroupNamespace,
    boolean noInit,
    int restartOnFailure,
    String volumesFrom,
    Map<String, String> sysctls) {

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
    addedCapabilities = List.copyOf(addedCapabilities);
    droppedCapabilities = List.copyOf(droppedCapabilities);
    devices = List.copyOf(devices);
    deviceCgroupRules = List.copyOf(deviceCgroupRules);
    securityOptions = List.copyOf(securityOptions);
    tmpfs = List.copyOf(tmpfs);
    anonymousVolumes = List.copyOf(anonymousVolumes);
    mounts = List.copyOf(mounts);
    ports = List.copyOf(ports);
    dnsSearch = List.copyOf(dnsSearch);
    sysctls = Map.copyOf(sysctls);
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
    private boolean privileged;
    private final List<String> addedCapabilities = new ArrayList<>();
    private final List<String> droppedCapabilities = new ArrayList<>();
    private final List<String> devices = new ArrayList<>();
    private final List<String> deviceCgroupRules = new ArrayList<>();
    private final List<String> securityOptions = new ArrayList<>();
    private final List<String> tmpfs = new ArrayList<>();
    private final List<String> anonymousVolumes = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final List<PortBinding> ports = new ArrayList<>();
    private final List<String> dnsSearch = new ArrayList<>();
    private boolean hostPidNamespace;
    private boolean tty;
    private boolean privateCgroupNamespace;
    private boolean noInit;
    private int restartOnFailure;
    private String volumesFrom;
    private final Map<String, String> sysctls = new LinkedHashMap<>();

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

    /** Applies a group of options, such as a node's rights. */
    public Builder apply(Consumer<Builder> options) {
      options.accept(this);
      return this;
    }

    /** Runs with every right the engine can give ({@code --privileged}). */
    public Builder privileged() {
      this.privileged = true;
      return this;
    }

    /** Adds a capability, by name without {@code CAP_}, or {@code ALL}. */
    public Builder addCapability(String capability) {
      addedCapabilities.add(capability);
      return this;
    }

    /** Drops a capability, by name without {@code CAP_}. */
    public Builder dropCapability(String capability) {
      droppedCapabilities.add(capability);
      return this;
    }

    /** Gives the container the host device at the same path, to read, write and create. */
    public Builder device(String path) {
      devices.add(path);
      return this;
    }

    /** Allows devices by a cgroup rule, such as {@code a *:* rwm}. */
    public Builder deviceCgroupRule(String rule) {
      deviceCgroupRules.add(rule);
      return this;
    }

    /** A security option, such as {@code seccomp=unconfined}. */
    public Builder securityOption(String option) {
      securityOptions.add(option);
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

    /** Allocates a terminal. */
    public Builder tty() {
      this.tty = true;
      return this;
    }

    /** Gives the container a cgroup namespace of its own. */
    public Builder privateCgroupNamespace() {
      this.privateCgroupNamespace = true;
      return this;
    }

    /** Runs the entrypoint as PID 1, even where the engine would put an init process first. */
    public Builder noInit() {
      this.noInit = true;
      return this;
    }

    /** Restarts the container up to {@code times} when it exits with an error. */
    public Builder restartOnFailure(int times) {
      this.restartOnFailure = times;
      return this;
    }

    /** Mounts every volume of {@code container} where that container has it. */
    public Builder volumesFrom(String container) {
      this.volumesFrom = container;
      return this;
    }

    /** Sets a kernel setting of the container's own network namespace, such as {@code net.ipv6.conf.all.forwarding}. */
    public Builder sysctl(String name, String value) {
      sysctls.put(name, value);
      return this;
    }

    public ContainerSpec build() {
      return new ContainerSpec(image, name, hostname, entrypoint, command, labels, env, network, privileged,
          addedCapabilities, droppedCapabilities, devices, deviceCgroupRules, securityOptions, tmpfs,
          anonymousVolumes, mounts, ports, dnsSearch, hostPidNamespace, tty, privateCgroupNamespace, noInit,
          restartOnFailure, volumesFrom, sysctls);
    }
  }
}
