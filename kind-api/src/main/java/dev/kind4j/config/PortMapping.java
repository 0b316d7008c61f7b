package dev.kind4j.config;

/**
 * A host port forwarded to a node port, as an entry of a node's {@code extraPortMappings}.
 *
 * @param containerPort the port in the node, 1 to 65535
 * @param hostPort the port on the host: 1 to 65535, 0 for a random free port, -1 to let the engine pick one
 * @param listenAddress the host address to listen on, or {@code null} for kind's default: {@code 0.0.0.0}, or
 *     {@code ::} in an IPv6 cluster
 * @param protocol the protocol, or {@code null} for kind's default, {@link PortProtocol#TCP}
 */
public record PortMapping(int containerPort, int hostPort, String listenAddress, PortProtocol protocol) {

  /** Forwards {@code hostPort} on all host addresses to {@code containerPort} over TCP. */
  public static PortMapping of(int containerPort, int hostPort) {
    return new PortMapping(containerPort, hostPort, null, null);
  }

  /** This mapping, listening only on {@code listenAddress}, such as {@code 127.0.0.1}. */
  public PortMapping withListenAddress(String listenAddress) {
    return new PortMapping(containerPort, hostPort, listenAddress, protocol);
  }

  /** This mapping, for {@code protocol}. */
  public PortMapping withProtocol(PortProtocol protocol) {
    return new PortMapping(containerPort, hostPort, listenAddress, protocol);
  }
}
