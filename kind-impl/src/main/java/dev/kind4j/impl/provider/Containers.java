package dev.kind4j.impl.provider;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Containers' life: create, start, find by label, inspect, wait for, read the output of, stop and remove. */
public interface Containers {

  /**
   * Creates a container without starting it; returns its ID.
   *
   * @throws NameInUseException when a container of the spec's name exists
   */
  String create(ContainerSpec spec);

  /** Creates and starts a container; it is removed again if it cannot start. Returns its ID. */
  String run(ContainerSpec spec);

  /** Runs a container to its end within {@code timeout}, then removes it. */
  Exited runToExit(ContainerSpec spec, Duration timeout);

  /**
   * Creates a container, hands its ID to {@code beforeStart} (to copy files in), starts it, waits up to
   * {@code timeout} for it to exit and reads its output; the container is removed whatever happens.
   */
  Exited runToExit(ContainerSpec spec, Consumer<String> beforeStart, Duration timeout);

  /** Starts a created or stopped container. */
  void start(String container);

  /** Stops a running container, giving its init {@code timeout} to shut down. */
  void stop(String container, Duration timeout);

  /** Removes a container and its anonymous volumes, stopping it first; a missing one is ignored. */
  void remove(String container);

  /** Whether the container exists and runs. */
  boolean isRunning(String container);

  /** What the engine knows of a container. */
  ContainerState inspect(String container);

  /** The engine's whole description of a container as JSON, for exported logs. */
  String inspectJson(String container);

  /** Containers, running or not, that carry all these labels. */
  List<ContainerSummary> containersWithLabels(Map<String, String> labels);

  /** Containers, running or not, that carry the label {@code key} with any value. */
  List<ContainerSummary> containersWithLabelKey(String key);

  /** Where the engine published a container port, as this machine reaches it (see {@link Provider#reachableHost}). */
  PublishedPort publishedPort(String container, int containerPort, String protocol);

  /** Waits up to {@code timeout} for a container to exit and returns its exit code. */
  int waitForExit(String container, Duration timeout);

  /** Follows a container's output line by line until it exits, then returns its exit code. */
  int followUntilExit(String container, Duration timeout, Consumer<String> output);

  /** The container's combined standard output and error so far. */
  String logs(String container);

  /** Commits a container's file system as a new untagged image with these labels; returns the image ID. */
  String commit(String container, Map<String, String> labels);
}
