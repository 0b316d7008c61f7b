package dev.kind4j.impl.provider;

import java.util.Map;
import java.util.Optional;

/** The engine's networks that nodes and other containers share. */
public interface Networks {

  /** The name of the network of this name or ID, when there is one. */
  Optional<String> networkName(String nameOrId);

  /** Creates a bridge network with these labels unless one of that name exists. */
  void ensureNetwork(String name, Map<String, String> labels);

  /** Connects a container to a network, unless it is already connected. */
  void connectToNetwork(String container, String network);
}
