package dev.kind4j.impl.provider;

import java.util.Optional;

/**
 * The container engine kind4j runs clusters on, as kind's providers are: nodes are containers it creates, finds by
 * label, runs commands in, copies files into and out of, and removes; images, networks and volumes besides. It speaks
 * kind4j's own terms ({@link ContainerSpec}, {@link ContainerState}, …), so no engine client's type reaches its
 * callers. What a node is (its rights, mounts and options) is decided above it, in {@code dev.kind4j.impl.node}.
 * {@link Providers#connect()} gives one.
 */
public interface Provider extends Containers, ContainerCommands, Images, Networks, Volumes, AutoCloseable {

  /**
   * The engine's own ID, the same whichever address reaches it (a Unix socket and a TCP listener of one daemon
   * share it); its address when the engine reports none.
   */
  String engineId();

  /** The address the engine is reached at, such as {@code unix:///var/run/docker.sock}. */
  String host();

  /**
   * The host name or address of an engine on another machine: one reached over the network at an address that is
   * not this machine's loopback. Empty for a local engine.
   */
  Optional<String> remoteHost();

  /**
   * Where this machine reaches a port the engine published on {@code listenAddress}: on a remote engine, a port
   * published on every address or on the loopback is reached at the engine's host; otherwise at the listen address.
   */
  String reachableHost(String listenAddress);

  /** The engine's total memory in bytes. */
  long memoryBytes();

  /** The engine's description as JSON, for exported logs. */
  String infoJson();

  @Override
  void close();
}
