package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses host ports before any node starts, as kind does: a port asked for as 0 becomes a free one, held open
 * until every port is chosen so no two mappings get the same. Published with a fixed port, a node keeps it across
 * restarts, and the kubeconfig with it. A remote engine's ports cannot be tried from here, so there the engine picks
 * them.
 */
final class HostPorts implements AutoCloseable {

  private final boolean localEngine;
  private final List<ServerSocket> held = new ArrayList<>();

  /** Ports for an engine on this machine ({@code localEngine}) or on another one. */
  HostPorts(boolean localEngine) {
    this.localEngine = localEngine;
  }

  /**
   * {@code requested} if it is above 0; for 0 a port that is free on {@code address} now (on a remote engine, 0); for
   * -1, 0, which lets the engine pick one each time the node starts.
   */
  int choose(String address, int requested, String field) {
    if (requested != 0 || !localEngine) {
      return Math.max(0, requested);
    }
    try {
      ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address));
      held.add(socket);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new KindException(field + ": no free port could be found on " + address + " (" + e.getMessage()
          + "); give a host port or another listen address", e);
    }
  }

  /** Lets go of the ports, so the engine can publish them. */
  @Override
  public void close() {
    for (ServerSocket socket : held) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a listening socket that was never used cannot lose anything
      }
    }
  }
}
