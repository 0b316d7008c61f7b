package dev.kind4j.impl.provider;

import java.util.Map;
import java.util.Optional;

/** The engine's networks that nodes and other containers share. */
public interface Networks {

  /** The name of the network of this name or ID, when there is one. */
  Optional<String> networkName(String nameOrId);

  /** Whether the network of this name or ID has IPv6 on; false when there is none. */
  boolean networkHasIpv6(String nameOrId);

  /** Creates a bridge network with these labels unless one of that name exists. */
  default void ensureNetwork(String name, Map<String, String> labels) {
    ensureNetwork(name, labels, Optional.empty());
  }

  /**
   * Creates a bridge network with these labels unless one of that name exists; with {@code ipv6Subnet}, IPv6 is on
   * with that subnet besides an IPv4 subnet from the engine's pool, as {@code docker network create --ipv6 --subnet}.
   */
  void ensureNetwork(String name, Map<String, String> labels, Optional<String> ipv6Subnet);

  /** Removes the network of this name or ID, ignoring one that is already gone. */
  void removeNetwork(String nameOrId);

  /** Connects a container to a network, unless it is already connected. */
  void connectToNetwork(String container, String network);
}
