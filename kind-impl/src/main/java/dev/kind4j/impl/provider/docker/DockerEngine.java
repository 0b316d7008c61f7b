package dev.kind4j.impl.provider.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.PropagationMode;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.VolumesFrom;
import com.github.dockerjava.api.model.WaitResponse;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.ContainerState;
import dev.kind4j.impl.provider.ContainerSummary;
import dev.kind4j.impl.provider.ExecTimeoutException;
import dev.kind4j.impl.provider.Exited;
import dev.kind4j.impl.provider.ImageSummary;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.NameInUseException;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import dev.kind4j.impl.provider.PublishedPort;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Provider} for engines that speak Docker's API (Docker, and podman through its Docker-compatible socket,
 * which creates containers through podman's own API: see {@link LibpodApi}), through docker-java, which no class
 * outside this package sees: connection settings, timeouts and error messages are one concern.
 *
 * <p>It holds two connections. Calls that the engine answers once (inspect, create, start, stop, remove, commit, …)
 * use one with a response timeout (see {@link ResponseTimeout} and {@link BoundedHttpClient}), so that a hung engine
 * fails them instead of blocking forever. Streams can be legitimately silent for long (a wait for exit, a quiet
 * command's output, a build step, a followed log, a saved image before its first byte) and uploads last as long as
 * their size needs (copy in, load), so they use a connection without it; each stream is bounded by its call's own
 * limit, which closes the stream (aborting the request) when it passes.
 */
public final class DockerEngine implements Provider {

  private static final Logger LOG = LoggerFactory.getLogger(DockerEngine.class);
  /** The environment variable that marks the processes of one {@link #exec}. */
  static final String EXEC_MARKER = "KIND4J_EXEC";
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(60);
  private static final Duration PULL_TIMEOUT = Duration.ofMinutes(15);
  private static final Duration LOGS_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final DockerClient client;
  private final DockerClient streams;
  private final EngineEndpoint endpoint;
  private final Optional<LibpodApi> libpod;
  private final Optional<UnixSocketExecInput> unixSocketInput;

  private DockerEngine(DockerClient client, DockerClient streams, EngineEndpoint endpoint,
      Optional<LibpodApi> libpod) {
    this.client = client;
    this.streams = streams;
    this.endpoint = endpoint;
    this.libpod = libpod;
    this.unixSocketInput = UnixSocketExecInput.of(endpoint);
  }

  /**
   * Connects to the engine {@link EngineDiscovery} finds, with the response timeout that {@link ResponseTimeout}
   * configures.
   */
  public static DockerEngine connect() {
    return connect(ResponseTimeout.configured());
  }

  /** Connects with this response timeout for calls the engine answers once; {@link Duration#ZERO} for none. */
  static DockerEngine connect(Duration responseTimeout) {
    EngineEndpoint endpoint = EngineDiscovery.discover();
    if ("ssh".equals(endpoint.host().getScheme())) {
      throw new KindException("The Docker engine at " + endpoint.host() + " (" + endpoint.reason() + ") is reached "
          + "over ssh, which kind4j's client cannot speak: expose the engine on tcp:// with TLS and point DOCKER_HOST "
          + "at it, or forward its socket (`ssh -NL 127.0.0.1:2375:/var/run/docker.sock " + endpoint.host().getAuthority()
          + "`, DOCKER_HOST=tcp://127.0.0.1:2375); the engine then looks local, so forward the API server's port too");
    }
    String host = endpoint.host().toString();
    // The API version is left unset on purpose: docker-java negotiates with the engine.
    DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host).build();
    DockerHttpClient bounded = http(endpoint, responseTimeout.isZero() ? null : responseTimeout);
    if (!responseTimeout.isZero()) {
      bounded = BoundedHttpClient.of(bounded, host, responseTimeout);
    }
    DockerClient client = DockerClientImpl.getInstance(config, bounded);
    DockerClient streams = DockerClientImpl.getInstance(config, http(endpoint, null));
    try {
      ping(client, endpoint);
      return new DockerEngine(client, streams, endpoint, LibpodApi.of(client.versionCmd().exec(), bounded));
    } catch (RuntimeException e) {
      closeAll(List.of(client, streams));
      throw e;
    }
  }

  private static DockerHttpClient http(EngineEndpoint endpoint, Duration responseTimeout) {
    return new ApacheDockerHttpClient.Builder()
        .dockerHost(endpoint.host())
        .sslConfig(endpoint.ssl())
        .maxConnections(64)
        .connectionTimeout(Duration.ofSeconds(10))
        .responseTimeout(responseTimeout)
        .build();
  }

  private static void ping(DockerClient client, EngineEndpoint endpoint) {
    try {
      client.pingCmd().exec();
    } catch (RuntimeException e) {
      throw new KindException("No Docker engine answers at " + endpoint.host() + " (" + endpoint.reason()
          + "): start it (for example `dockerd &` or `systemctl start docker`) or set DOCKER_HOST or the system "
          + "property " + Providers.HOST_PROPERTY, e);
    }
  }

  /** The engine's description, as {@code docker info} gives it. */
  Info info() {
    return client.infoCmd().exec();
  }

  @Override
  public String infoJson() {
    return json(info(), "the engine");
  }

  private static String json(Object description, String what) {
    try {
      return JSON.writeValueAsString(description);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("describing " + what + " as JSON failed", e);
    }
  }

  @Override
  public String engineId() {
    String id = info().getId();
    return id == null || id.isBlank() ? host() : id;
  }

  @Override
  public long memoryBytes() {
    Long total = info().getMemTotal();
    return total == null ? 0 : total;
  }

  // ---- images ----

  /** The ID of a local image, if present. */
  public Optional<String> imageId(String reference) {
    try {
      return Optional.of(client.inspectImageCmd(reference).exec().getId());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The labels of a local image. */
  public Map<String, String> imageLabels(String reference) {
    Map<String, String> labels = client.inspectImageCmd(reference).exec().getConfig().getLabels();
    return labels == null ? Map.of() : labels;
  }

  /**
   * The local image that carries {@code key=value}, if any. When several do (images built FROM it
   * elsewhere inherit its labels), the oldest is the one that was labelled.
   */
  public Optional<ImageSummary> oldestImageWithLabel(String key, String value) {
    return client.listImagesCmd().withLabelFilter(Map.of(key, value)).exec().stream()
        .min(Comparator.comparing(Image::getCreated)).map(DockerEngine::summary);
  }

  /** The local images that carry the label {@code key} (any value), or {@code key=value}. */
  public List<ImageSummary> imagesWithLabel(String key) {
    return client.listImagesCmd().withLabelFilter(key).exec().stream().map(DockerEngine::summary).toList();
  }

  private static ImageSummary summary(Image image) {
    return new ImageSummary(image.getId(), image.getRepoTags() == null ? List.of() : List.of(image.getRepoTags()),
        image.getLabels() == null ? Map.of() : image.getLabels(), image.getCreated() == null ? 0 : image.getCreated(),
        image.getSize() == null ? 0 : image.getSize());
  }

  /** Whether a local image of {@code repository} exists, with any tag. */
  public boolean hasRepository(String repository) {
    return !client.listImagesCmd().withReferenceFilter(repository).exec().isEmpty();
  }

  /** Tags an image as {@code reference} ({@code repository:tag}). */
  public void tag(String imageId, String reference) {
    ImageName name = ImageName.parse(reference);
    client.tagImageCmd(imageId, name.repository(), name.tag()).withForce().exec();
  }

  /**
   * The ID of a local image, pulling it first when it is missing. When neither works, throws a {@link KindException}
   * with the message {@code unavailable} makes of the pull's one-line reason, caused by the pull's failure.
   */
  public String presentOrPulled(String reference, Function<String, String> unavailable) {
    Optional<String> present = imageId(reference);
    if (present.isPresent()) {
      return present.get();
    }
    Optional<KindException> failure = pull(reference, PULL_TIMEOUT);
    if (failure.isPresent()) {
      throw new KindException(unavailable.apply(failure.get().getMessage()), failure.get());
    }
    return imageId(reference).orElseThrow(() -> new KindException(
        unavailable.apply("the pull succeeded, yet no image " + reference + " is listed")));
  }

  /**
   * Pulls an image within {@code timeout}, closing the stream (which stops the pull) when that passes. Returns why it
   * failed, if it did: the message is one line, fit for a fallback's one calm line, and the engine's error, where
   * it raised one, is the cause. Expected offline, so the failure is logged at DEBUG only.
   */
  public Optional<KindException> pull(String reference, Duration timeout) {
    Optional<KindException> failure = tryPull(reference, timeout);
    failure.ifPresent(e -> LOG.debug("pulling {} failed", reference, e));
    return failure;
  }

  private Optional<KindException> tryPull(String reference, Duration timeout) {
    ImageName name = ImageName.parse(reference);
    AtomicReference<PullResponseItem> last = new AtomicReference<>();
    try (EngineStream<PullResponseItem> pull = streams.pullImageCmd(name.repository()).withTag(name.tag())
        .exec(new EngineStream<>(last::set))) {
      if (!pull.endsWithin(timeout)) {
        String reason = "no answer within " + within(timeout);
        return Optional.of(new KindException(reason, new TimeoutException(reason)));
      }
      if (pull.failure().isPresent()) {
        Throwable cause = pull.failure().get();
        return Optional.of(new KindException(firstLine(cause.getMessage()), cause));
      }
    } catch (DockerException e) {
      return Optional.of(new KindException(firstLine(e.getMessage()), e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while pulling " + reference, e);
    }
    PullResponseItem item = last.get();
    if (item != null && !item.isPullSuccessIndicated()) {
      return Optional.of(new KindException(firstLine(EngineStream.errorOf(item).orElse(item.getStatus()))));
    }
    return Optional.empty();
  }

  /** Builds an image as {@link #build(InputStream, String, Map, Map, Consumer, Duration)} does, within an hour. */
  public String build(InputStream contextTar, String reference, Map<String, String> buildArgs,
      Map<String, String> labels, Consumer<String> output) {
    return build(contextTar, reference, buildArgs, labels, output, BUILD_TIMEOUT);
  }

  /**
   * Builds an image from a build-context tar stream that holds a {@code Dockerfile}; returns its full ID.
   * Each line of build output goes to {@code output}. A build still running after {@code timeout} is stopped by
   * closing its stream (the engine cancels a build whose client left) and fails.
   */
  public String build(InputStream contextTar, String reference, Map<String, String> buildArgs,
      Map<String, String> labels, Consumer<String> output, Duration timeout) {
    // Images inherit their parent's labels; blank kind4j's cache labels unless this build sets them,
    // so that an image built FROM a cached one is never taken for it.
    Map<String, String> ownLabels = new LinkedHashMap<>(Map.of(Labels.INPUTS, "", Labels.IMAGE_KIND, ""));
    ownLabels.putAll(labels);
    var command = streams.buildImageCmd(contextTar)
        .withTags(Set.of(reference))
        .withLabels(ownLabels)
        .withPull(false)
        .withRemove(true)
        .withForcerm(true);
    buildArgs.forEach(command::withBuildArg);
    BuildOutput build = new BuildOutput(output);
    try (EngineStream<BuildResponseItem> stream = command.exec(new EngineStream<>(build::accept))) {
      if (!stream.endsWithin(timeout)) {
        String reason = "building image " + reference + " did not finish within " + within(timeout);
        throw new KindException(reason + "; it was stopped" + build.tail(), new TimeoutException(reason));
      }
      if (stream.failure().isPresent()) {
        Throwable cause = stream.failure().get();
        throw new KindException("building image " + reference + " failed: " + firstLine(cause.getMessage())
            + build.tail(), cause);
      }
    } catch (DockerException e) {
      throw new KindException("building image " + reference + " failed: " + firstLine(e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while building image " + reference, e);
    }
    build.error().ifPresent(error -> {
      throw new KindException("building image " + reference + " failed: " + error + build.tail());
    });
    return imageId(reference).orElseThrow(() -> new KindException("the build produced no image " + reference));
  }

  /** Loads a {@code docker save} archive ({@code docker load}). */
  public void loadImage(InputStream archive) {
    streams.loadImageCmd(archive).exec();
  }

  /** Streams an image as a {@code docker save} archive; the engine may send its first byte only after minutes. */
  public InputStream saveImage(String reference) {
    return streams.saveImageCmd(reference).exec();
  }

  /** Streams several images as one {@code docker save} archive. */
  public InputStream saveImages(List<String> references) {
    var command = streams.saveImagesCmd();
    for (String reference : references) {
      ImageName name = ImageName.parse(reference);
      command.withImage(name.repository(), name.tag());
    }
    return command.exec();
  }

  /** Removes an image, ignoring one that is already gone. */
  public void removeImage(String reference) {
    try {
      client.removeImageCmd(reference).withForce(true).exec();
    } catch (NotFoundException e) {
      LOG.debug("image {} already gone", reference);
    }
  }

  // ---- networks ----

  /** The name of the network of this name or ID, when there is one. */
  public Optional<String> networkName(String nameOrId) {
    try {
      return Optional.of(client.inspectNetworkCmd().withNetworkId(nameOrId).exec().getName());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean networkHasIpv6(String nameOrId) {
    try {
      return Boolean.TRUE.equals(client.inspectNetworkCmd().withNetworkId(nameOrId).exec().getEnableIPv6());
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Override
  public void ensureNetwork(String name, Map<String, String> labels, Optional<String> ipv6Subnet) {
    new NetworkCreation(client).ensure(name, labels, ipv6Subnet);
  }

  @Override
  public void removeNetwork(String nameOrId) {
    try {
      client.removeNetworkCmd(nameOrId).exec();
    } catch (NotFoundException e) {
      LOG.debug("network {} already gone", nameOrId);
    }
  }

  /** Connects a container to a network, unless it is already connected. */
  public void connectToNetwork(String container, String network) {
    var networks = inspectContainer(container).getNetworkSettings().getNetworks();
    if (networks != null && networks.containsKey(network)) {
      return;
    }
    try {
      client.connectToNetworkCmd().withContainerId(container).withNetworkId(network).exec();
    } catch (DockerException e) {
      throw new KindException("connecting " + container + " to network " + network + " failed: "
          + firstLine(e.getMessage()), e);
    }
  }

  // ---- containers ----

  /** Creates and starts a container; it is removed again if it cannot start. Returns its ID. */
  public String run(ContainerSpec spec) {
    String id = create(spec);
    try {
      start(id, spec);
      return id;
    } catch (RuntimeException e) {
      remove(id);
      throw e;
    }
  }

  /** Runs a container to its end within {@code timeout}, then removes it. */
  public Exited runToExit(ContainerSpec spec, Duration timeout) {
    return runToExit(spec, id -> { }, timeout);
  }

  /**
   * Creates a container, hands its ID to {@code beforeStart} (to copy files in), starts it, waits up to {@code timeout}
   * for it to exit and reads its output; the container is removed whatever happens.
   */
  public Exited runToExit(ContainerSpec spec, Consumer<String> beforeStart, Duration timeout) {
    String id = create(spec);
    try {
      beforeStart.accept(id);
      start(id, spec);
      int exitCode = waitForExit(id, timeout);
      return new Exited(exitCode, logs(id));
    } finally {
      remove(id);
    }
  }

  private void start(String id, ContainerSpec spec) {
    try {
      client.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      throw new KindException("starting container " + (spec.name() == null ? "from " + spec.image() : spec.name())
          + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * Creates a container without starting it; returns its ID. On podman, through podman's own API, which honours every
   * option of the spec (see {@link LibpodSpec}).
   */
  public String create(ContainerSpec spec) {
    if (libpod.isPresent()) {
      return libpod.get().create(spec);
    }
    CreateContainerCmd create = client.createContainerCmd(spec.image())
        .withLabels(spec.labels())
        .withEnv(spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
        .withHostConfig(hostConfig(spec));
    if (spec.name() != null) {
      create.withName(spec.name());
    }
    if (spec.hostname() != null) {
      create.withHostName(spec.hostname());
    }
    if (spec.entrypoint() != null) {
      create.withEntrypoint(spec.entrypoint());
    }
    if (!spec.command().isEmpty()) {
      create.withCmd(spec.command());
    }
    if (!spec.ports().isEmpty()) {
      create.withExposedPorts(spec.ports().stream().map(DockerEngine::exposedPort).toList());
    }
    create.withTty(spec.tty());
    String id;
    try {
      id = create.exec().getId();
    } catch (ConflictException e) {
      throw new NameInUseException("creating container " + spec.name() + " failed: " + firstLine(e.getMessage()), e);
    } catch (DockerException e) {
      throw new KindException("creating container " + (spec.name() == null ? "from " + spec.image() : spec.name())
          + " failed: " + firstLine(e.getMessage()), e);
    }
    return id;
  }

  /** Docker's host configuration for a spec's run options. */
  static HostConfig hostConfig(ContainerSpec spec) {
    HostConfig host = HostConfig.newHostConfig();
    if (spec.privileged()) {
      host.withPrivileged(true);
    }
    if (!spec.addedCapabilities().isEmpty()) {
      host.withCapAdd(spec.addedCapabilities().stream().map(Capability::valueOf).toArray(Capability[]::new));
    }
    if (!spec.droppedCapabilities().isEmpty()) {
      host.withCapDrop(spec.droppedCapabilities().stream().map(Capability::valueOf).toArray(Capability[]::new));
    }
    if (!spec.deviceCgroupRules().isEmpty()) {
      host.withDeviceCgroupRules(spec.deviceCgroupRules());
    }
    if (!spec.devices().isEmpty()) {
      host.withDevices(spec.devices().stream().map(path -> new Device("rwm", path, path)).toList());
    }
    if (!spec.securityOptions().isEmpty()) {
      host.withSecurityOpts(spec.securityOptions());
    }
    if (spec.privateCgroupNamespace()) {
      host.withCgroupnsMode("private");
    }
    if (spec.noInit()) {
      host.withInit(false);
    }
    if (spec.restartOnFailure() > 0) {
      host.withRestartPolicy(RestartPolicy.onFailureRestart(spec.restartOnFailure()));
    }
    if (!spec.anonymousVolumes().isEmpty()) {
      // mounted rather than declared, so that an image committed from the container declares no volume
      host.withMounts(spec.anonymousVolumes().stream().map(path -> new com.github.dockerjava.api.model.Mount()
          .withType(MountType.VOLUME).withTarget(path)).toList());
    }
    if (spec.volumesFrom() != null) {
      host.withVolumesFrom(new VolumesFrom(spec.volumesFrom()));
    }
    if (!spec.tmpfs().isEmpty()) {
      host.withTmpFs(spec.tmpfs().stream().collect(Collectors.toMap(p -> p, p -> "")));
    }
    if (!spec.mounts().isEmpty()) {
      host.withBinds(spec.mounts().stream()
          .map(DockerEngine::bind)
          .toList());
    }
    if (!spec.dnsSearch().isEmpty()) {
      host.withDnsSearch(spec.dnsSearch());
    }
    if (!spec.ports().isEmpty()) {
      Ports ports = new Ports();
      for (ContainerSpec.PortBinding port : spec.ports()) {
        ports.bind(exposedPort(port), port.hostPort() == 0
            ? Ports.Binding.bindIp(port.hostAddress())
            : Ports.Binding.bindIpAndPort(port.hostAddress(), port.hostPort()));
      }
      host.withPortBindings(ports);
    }
    if (spec.network() != null) {
      host.withNetworkMode(spec.network());
    }
    if (spec.hostPidNamespace()) {
      host.withPidMode("host");
    }
    if (!spec.sysctls().isEmpty()) {
      host.withSysctls(spec.sysctls());
    }
    return host;
  }

  private static Bind bind(ContainerSpec.Mount mount) {
    PropagationMode propagation = switch (mount.propagation()) {
      case NONE -> PropagationMode.DEFAULT_MODE;
      case HOST_TO_CONTAINER -> PropagationMode.RSLAVE;
      case BIDIRECTIONAL -> PropagationMode.RSHARED;
    };
    return new Bind(mount.source(), new Volume(mount.target()), mount.readOnly() ? AccessMode.ro : AccessMode.rw,
        mount.selinuxRelabel() ? SELContext.single : SELContext.DEFAULT, null, propagation);
  }

  private static ExposedPort exposedPort(ContainerSpec.PortBinding port) {
    return new ExposedPort(port.containerPort(), InternetProtocol.parse(port.protocol()));
  }

  /**
   * Where the engine published a container port, as this machine reaches it: on a remote engine, a port published on
   * every address or the loopback is at the engine's host (see {@link EngineEndpoint#reachableHost}).
   */
  public PublishedPort publishedPort(String container, int containerPort, String protocol) {
    Ports.Binding[] bindings = inspectContainer(container).getNetworkSettings().getPorts().getBindings()
        .get(new ExposedPort(containerPort, InternetProtocol.parse(protocol)));
    if (bindings == null || bindings.length == 0) {
      throw new KindException("container " + container + " publishes no port for " + containerPort + "/" + protocol);
    }
    return new PublishedPort(endpoint.reachableHost(bindings[0].getHostIp()),
        Integer.parseInt(bindings[0].getHostPortSpec()));
  }

  @Override
  public String host() {
    return endpoint.host().toString();
  }

  @Override
  public Optional<String> remoteHost() {
    return endpoint.remoteHost();
  }

  @Override
  public String reachableHost(String listenAddress) {
    return endpoint.reachableHost(listenAddress);
  }

  @Override
  public ContainerState inspect(String container) {
    return state(inspectContainer(container));
  }

  /** What an inspection says, in the provider's terms. */
  static ContainerState state(InspectContainerResponse inspected) {
    Map<String, String> addresses = new LinkedHashMap<>();
    Map<String, String> ipv6Addresses = new LinkedHashMap<>();
    var networks = inspected.getNetworkSettings() == null ? null : inspected.getNetworkSettings().getNetworks();
    if (networks != null) {
      networks.forEach((name, network) -> {
        addresses.put(name, network.getIpAddress() == null ? "" : network.getIpAddress());
        ipv6Addresses.put(name, network.getGlobalIPv6Address() == null ? "" : network.getGlobalIPv6Address());
      });
    }
    Map<String, String> labels = inspected.getConfig().getLabels();
    List<String> volumes = inspected.getMounts() == null ? List.of() : inspected.getMounts().stream()
        .filter(mount -> mount.getName() != null).map(InspectContainerResponse.Mount::getName).toList();
    String network = inspected.getHostConfig().getNetworkMode();
    if (!addresses.containsKey(network) && addresses.size() == 1) {
      // podman gives the mode (bridge) where Docker names the network the container was started on
      network = addresses.keySet().iterator().next();
    }
    return new ContainerState(inspected.getId(), inspected.getImageId(),
        Boolean.TRUE.equals(inspected.getState().getRunning()), inspected.getState().getStartedAt(),
        inspected.getConfig().getHostName(), network, addresses, ipv6Addresses, labels == null ? Map.of() : labels,
        volumes);
  }

  @Override
  public String inspectJson(String container) {
    return json(inspectContainer(container), "container " + container);
  }

  private InspectContainerResponse inspectContainer(String container) {
    return client.inspectContainerCmd(container).exec();
  }

  @Override
  public boolean isRunning(String container) {
    try {
      return Boolean.TRUE.equals(inspectContainer(container).getState().getRunning());
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Override
  public List<ContainerSummary> containersWithLabelKey(String key) {
    return summaries(client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(key)).exec());
  }

  @Override
  public List<ContainerSummary> containersWithLabels(Map<String, String> labels) {
    return summaries(listContainers(labels));
  }

  /** Containers, running or not, that carry all these labels, as the engine lists them. */
  List<Container> listContainers(Map<String, String> labels) {
    return client.listContainersCmd().withShowAll(true).withLabelFilter(labels).exec();
  }

  private static List<ContainerSummary> summaries(List<Container> containers) {
    return containers.stream().map(c -> new ContainerSummary(c.getId(), c.getNames()[0].replaceFirst("^/", ""),
        c.getLabels() == null ? Map.of() : c.getLabels())).toList();
  }

  /**
   * Removes a container and its anonymous volumes, stopping it first; a missing one is ignored. When the engine
   * cannot kill it ("did not receive an exit event"), a task in it is frozen (see {@link FrozenCgroups}): its
   * cgroups are thawed and the removal is tried again, up to three times.
   */
  public void remove(String container) {
    for (int attempt = 1; ; attempt++) {
      try {
        client.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
        return;
      } catch (NotFoundException e) {
        LOG.debug("container {} already gone", container);
        return;
      } catch (InternalServerErrorException e) {
        if (attempt == 3) {
          throw new KindException("removing container " + container + " failed: " + firstLine(e.getMessage())
              + "; a task in it may be frozen: thaw its cgroups on the engine's host, then remove it", e);
        }
        LOG.debug("removing container {} failed, thawing its cgroups and trying again: {}", container, e.getMessage());
        thawQuietly(container);
      }
    }
  }

  private void thawQuietly(String container) {
    try {
      InspectContainerResponse inspected = inspectContainer(container);
      FrozenCgroups.thaw(this, inspected.getId(), inspected.getImageId());
    } catch (RuntimeException e) {
      LOG.debug("thawing the cgroups of {} failed", container, e);
      sleepQuietly(Duration.ofSeconds(1));
    }
  }

  /**
   * Stops a running container, giving its init {@code timeout} to shut down. When the engine cannot kill it, its
   * frozen cgroups are thawed (see {@link #remove}) and the stop is tried once more.
   */
  public void stop(String container, Duration timeout) {
    try {
      client.stopContainerCmd(container).withTimeout((int) timeout.toSeconds()).exec();
    } catch (InternalServerErrorException e) {
      LOG.debug("stopping container {} failed, thawing its cgroups and trying again: {}", container, e.getMessage());
      thawQuietly(container);
      client.stopContainerCmd(container).withTimeout((int) timeout.toSeconds()).exec();
    }
  }

  /** Starts a created or stopped container. */
  public void start(String container) {
    client.startContainerCmd(container).exec();
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits up to {@code timeout} for a container to exit and returns its exit code. */
  public int waitForExit(String container, Duration timeout) {
    AtomicReference<WaitResponse> answer = new AtomicReference<>();
    try (EngineStream<WaitResponse> wait = streams.waitContainerCmd(container).exec(new EngineStream<>(answer::set))) {
      await(wait, timeout, "container " + container + " did not exit within " + within(timeout),
          "waiting for container " + container);
    }
    Integer code = answer.get() == null ? null : answer.get().getStatusCode();
    return code == null ? -1 : code;
  }

  /**
   * Follows a container's output line by line until it exits, then returns its exit code. Standard output and
   * error are cut into lines apart; each line is decoded as UTF-8 only once whole.
   */
  public int followUntilExit(String container, Duration timeout, Consumer<String> output) {
    Map<StreamType, Utf8Lines> lines = new EnumMap<>(StreamType.class);
    try (EngineStream<Frame> follow = streams.logContainerCmd(container).withStdOut(true).withStdErr(true)
        .withFollowStream(true).exec(new EngineStream<>(frame -> lines
            .computeIfAbsent(frame.getStreamType(), type -> new Utf8Lines(output)).accept(frame.getPayload())))) {
      await(follow, timeout, "container " + container + " did not finish within " + within(timeout),
          "following the output of container " + container);
    }
    lines.values().forEach(Utf8Lines::finish);
    return waitForExit(container, Duration.ofMinutes(1));
  }

  /** The container's combined standard output and error so far, read within 30 s. */
  public String logs(String container) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EngineStream<Frame> logs = streams.logContainerCmd(container).withStdOut(true).withStdErr(true)
        .withTailAll().exec(new EngineStream<>(frame -> out.writeBytes(frame.getPayload())))) {
      String doing = "reading the output of container " + container;
      await(logs, LOGS_TIMEOUT, doing + " took longer than " + within(LOGS_TIMEOUT), doing);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Runs a command in a running container with an argument array, waiting up to {@code timeout}.
   * Standard input is not attached: docker-java cannot close it, so files go in by {@link #copyIn} (but see {@link
   * #execReading}).
   *
   * <p>A command still running after {@code timeout} is killed with all it started. The engine's exec inspection
   * gives its PID in the engine host's PID namespace, which means nothing inside the container, so each command runs
   * with the environment variable {@value #EXEC_MARKER} set to a value of its own, which its children inherit; on
   * timeout a second exec kills every process whose environment holds it (see {@link MarkedProcesses}). That needs
   * {@code sh} and {@code grep} in the container, as node images have; where they are missing the command is left
   * running and the error says so. The command itself runs as given: no wrapper changes its arguments or exit code.
   */
  public ExecResult exec(String container, List<String> command, Duration timeout) {
    return exec(container, command, Map.of(), timeout);
  }

  /** {@link #exec(String, List, Duration)} with these environment variables set besides the container's. */
  public ExecResult exec(String container, List<String> command, Map<String, String> env, Duration timeout) {
    String marker = EXEC_MARKER + "=" + UUID.randomUUID();
    List<String> entries = new ArrayList<>();
    env.forEach((name, value) -> entries.add(name + "=" + value));
    entries.add(marker);
    return runOrKill(container, command, entries, null, timeout, marker);
  }

  /**
   * {@link #exec(String, List, Duration)} with {@code stdin} streamed to the command's standard input, for a command
   * that ends by itself once it has read what it needs (such as {@code ctr images import -}, which stops at the end
   * of its tar archive): docker-java cannot close the input, so the command never sees its end, and the engine ends
   * the exec only when the client closes it. So a shell runs the command and then prints its exit code on a line
   * of its own, which closes the exec; that line is not part of the result's output. {@code stdin} should end with
   * the last byte the command reads. On an engine reached by a Unix socket the input goes in 64 KiB writes on a
   * connection of its own ({@link UnixSocketExecInput}).
   */
  @Override
  public ExecResult execReading(String container, List<String> command, InputStream stdin, Duration timeout) {
    String exitLine = "kind4j-exit-" + UUID.randomUUID() + "=";
    List<String> wrapped = new ArrayList<>(List.of("sh", "-c", "\"$@\"; echo \"" + exitLine + "$?\"", "sh"));
    wrapped.addAll(command);
    String marker = EXEC_MARKER + "=" + UUID.randomUUID();
    ExecResult shell = runOrKill(container, wrapped, List.of(marker), new Input(stdin, new ExitLine(exitLine)),
        timeout, marker);
    int at = shell.stdout().lastIndexOf(exitLine);
    if (at < 0) {
      return new ExecResult(command, shell.exitCode(), shell.stdout(), shell.stderr());
    }
    int exitCode = Integer.parseInt(shell.stdout().substring(at + exitLine.length()).strip());
    return new ExecResult(command, exitCode, shell.stdout().substring(0, at), shell.stderr());
  }

  /** A command's standard input, and the line of its output after which the exec is closed. */
  private record Input(InputStream stdin, ExitLine endLine) {}

  private ExecResult runOrKill(String container, List<String> command, List<String> env, Input stdin,
      Duration timeout, String marker) {
    Run run = run(container, command, env, stdin, timeout);
    if (run.finished()) {
      return run.result();
    }
    String reason = "command " + command + " in " + container + " did not finish within " + within(timeout);
    throw new ExecTimeoutException(reason + "; " + kill(container, marker), new TimeoutException(reason),
        run.result());
  }

  /** A command's result, or its output so far (exit code -1) when it did not finish in time. */
  private record Run(boolean finished, ExecResult result) {}

  /** Runs a command with these environment entries and standard input (null for none), for up to {@code timeout}. */
  private Run run(String container, List<String> command, List<String> env, Input input, Duration timeout) {
    String execId = client.execCreateCmd(container)
        .withCmd(command.toArray(String[]::new))
        .withEnv(env)
        .withAttachStdin(input != null)
        .withAttachStdout(true)
        .withAttachStderr(true)
        .exec()
        .getId();
    if (input != null && unixSocketInput.isPresent()) {
      UnixSocketExecInput.Output output = unixSocketInput.get().run(execId, input.stdin(), input.endLine(), timeout);
      return new Run(output.finished(), new ExecResult(command, output.finished() ? exitCode(execId) : -1,
          output.stdout(), output.stderr()));
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    AtomicReference<EngineStream<Frame>> stream = new AtomicReference<>();
    stream.set(new EngineStream<>(frame -> {
      (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).writeBytes(frame.getPayload());
      if (input != null && frame.getStreamType() != StreamType.STDERR
          && input.endLine().endsOutput(stdout.toString(StandardCharsets.UTF_8))) {
        stream.get().close();
      }
    }));
    var start = streams.execStartCmd(execId);
    if (input != null) {
      start.withStdIn(input.stdin());
    }
    try (EngineStream<Frame> run = start.exec(stream.get())) {
      if (!run.endsWithin(timeout)) {
        return new Run(false, new ExecResult(command, -1, stdout.toString(StandardCharsets.UTF_8),
            stderr.toString(StandardCharsets.UTF_8)));
      }
      failIfFailed(run, "running " + command + " in " + container);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while running " + command + " in " + container, e);
    }
    return new Run(true, new ExecResult(command, exitCode(execId), stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8)));
  }

  private int exitCode(String execId) {
    Long exitCode = client.inspectExecCmd(execId).exec().getExitCodeLong();
    return exitCode == null ? -1 : exitCode.intValue();
  }

  /** Kills the processes that carry {@code marker} in a container; says how that went, for an error message. */
  private String kill(String container, String marker) {
    try {
      Run killed = run(container, MarkedProcesses.killCommand(marker), List.of(), null, KILL_TIMEOUT);
      if (killed.finished() && killed.result().succeeded()) {
        return "it was killed";
      }
      return "killing it failed (" + (killed.finished()
          ? "exit " + killed.result().exitCode() + ": " + firstLine(killed.result().stderr())
          : "no answer within " + within(KILL_TIMEOUT)) + "), so it may still be running";
    } catch (RuntimeException e) {
      LOG.debug("killing the processes marked {} in {} failed", marker, container, e);
      return "killing it failed (" + firstLine(e.getMessage()) + "), so it may still be running";
    }
  }

  /** Starts a command in a running container and returns at once, leaving it running (such as a daemon). */
  public void execDetached(String container, List<String> command) {
    String execId = client.execCreateCmd(container).withCmd(command.toArray(String[]::new)).exec().getId();
    try (EngineStream<Frame> start = streams.execStartCmd(execId).withDetach(true).exec(new EngineStream<>(f -> { }))) {
      String doing = "starting " + command + " in " + container;
      await(start, Duration.ofMinutes(1), doing + " took longer than 1 min", doing);
    }
  }

  /**
   * Waits up to {@code limit} for a stream to end, then throws when it did not ({@code timeoutReason}, caused by a
   * {@link TimeoutException}) or when it ended with an error ({@code doing} failed); the caller's try closes it.
   */
  private static void await(EngineStream<?> stream, Duration limit, String timeoutReason, String doing) {
    try {
      if (!stream.endsWithin(limit)) {
        throw new KindException(timeoutReason, new TimeoutException(timeoutReason));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KindException("interrupted while " + doing, e);
    }
    failIfFailed(stream, doing);
  }

  /** Throws when a stream ended with an error: {@code doing} failed, with that error's first line and as cause. */
  private static void failIfFailed(EngineStream<?> stream, String doing) {
    if (stream.failure().isPresent()) {
      Throwable cause = stream.failure().get();
      throw new KindException(doing + " failed: " + firstLine(cause.getMessage()), cause);
    }
  }

  /** A limit as messages give it: seconds below two minutes, else minutes. */
  private static String within(Duration limit) {
    return limit.toSeconds() < 120 ? limit.toSeconds() + " s" : limit.toMinutes() + " min";
  }

  /** Commits a container's file system as a new untagged image with these labels; returns the image ID. */
  public String commit(String container, Map<String, String> labels) {
    return client.commitCmd(container).withLabels(labels).exec();
  }

  /** The entrypoint an image declares. */
  public List<String> imageEntrypoint(String reference) {
    String[] entrypoint = client.inspectImageCmd(reference).exec().getConfig().getEntrypoint();
    return entrypoint == null ? List.of() : List.of(entrypoint);
  }

  /** Unpacks a tar stream into {@code directory} of a container. */
  public void copyIn(String container, InputStream tar, String directory) {
    streams.copyArchiveToContainerCmd(container).withTarInputStream(tar).withRemotePath(directory).exec();
  }

  /** Streams {@code path} out of a container as a tar archive. */
  public InputStream copyOut(String container, String path) {
    return streams.copyArchiveFromContainerCmd(container, path).exec();
  }

  /** Copies {@code path} out of a container, running or stopped, into the host directory {@code target}. */
  public void copyOutTo(String container, String path, Path target) {
    try (InputStream archive = copyOut(container, path)) {
      Tar.extract(archive, target);
    } catch (IOException e) {
      throw new KindException("copying " + path + " out of " + container + " failed", e);
    }
  }

  /** Removes a named volume, ignoring one that is already gone. */
  public void removeVolume(String name) {
    try {
      client.removeVolumeCmd(name).exec();
    } catch (NotFoundException e) {
      LOG.debug("volume {} already gone", name);
    }
  }

  /** Whether a volume of this name exists. */
  public boolean volumeExists(String name) {
    try {
      client.inspectVolumeCmd(name).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.strip().lines().findFirst().orElse(message);
  }

  @Override
  public void close() {
    closeAll(List.of(client, streams));
  }

  private static void closeAll(List<DockerClient> connections) {
    for (DockerClient connection : connections) {
      try {
        connection.close();
      } catch (IOException e) {
        LOG.debug("closing a Docker client failed", e);
      }
    }
  }
}
