package dev.kind4j.impl.cluster.loadbalancer;

import dev.kind4j.KindException;
import dev.kind4j.impl.node.NodeSpec;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.Pause;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The container kind puts in front of several control planes, {@code <cluster>-external-load-balancer}: it carries
 * the cluster's labels, so it is found, listed and removed with the cluster's nodes, and it publishes the API server
 * port on the host in their place.
 */
public final class LoadBalancer {

  /** kind's role label value for the load balancer. */
  public static final String ROLE = "external-load-balancer";

  private static final Duration READY_WITHIN = Duration.ofSeconds(30);

  private LoadBalancer() {}

  /** kind's name for the load balancer of {@code cluster}. */
  public static String name(String cluster) {
    return cluster + "-" + ROLE;
  }

  /**
   * Creates the load balancer container with its configuration, starts it and waits until it accepts connections on
   * the host; fails with its output if it stops instead.
   *
   * @param image the image's ID or reference, from {@link LoadBalancerImage#ensure}
   * @param api where the host reaches the API servers through it; its port 0 lets the engine pick one
   * @param labels labels besides kind's, such as the create's and the session's
   * @param config the haproxy configuration, from {@link HaproxyConfig#render}
   */
  public static void start(Provider engine, String cluster, String image, String network,
      ContainerSpec.PortBinding api, Map<String, String> labels, String config) {
    String name = name(cluster);
    ContainerSpec.Builder spec = ContainerSpec.builder(image).name(name).hostname(name).network(network)
        .label(Labels.CLUSTER, cluster).label(Labels.ROLE, ROLE).publish(api);
    labels.forEach(spec::label);
    engine.ensureNetwork(network, Map.of());
    String id = engine.create(spec.build());
    byte[] file = Tar.ofFile("haproxy.cfg", config.getBytes(StandardCharsets.UTF_8), 0644);
    engine.copyIn(id, new ByteArrayInputStream(file), HaproxyConfig.PATH.substring(0, HaproxyConfig.PATH.lastIndexOf('/')));
    engine.start(id);
    awaitListening(engine, name, api.hostAddress());
  }

  /**
   * Waits until the published port accepts a connection, then a moment more in which haproxy, which checks its
   * configuration and limits as it starts, must not have stopped: the engine's proxy may accept for it.
   */
  private static void awaitListening(Provider engine, String name, String hostAddress) {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      int port = engine.publishedPort(name, NodeSpec.API_SERVER_CONTAINER_PORT, "tcp").port();
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(hostAddress, port), 1000);
        Pause.between(Duration.ofMillis(500), "waiting for the load balancer");
        requireRunning(engine, name);
        return;
      } catch (IOException e) {
        requireRunning(engine, name);
        Pause.between(Duration.ofMillis(100), "waiting for the load balancer");
      }
    }
    throw new KindException("the load balancer " + name + " accepted no connection on " + hostAddress + " within "
        + READY_WITHIN.toSeconds() + " s; its output:\n" + engine.logs(name).strip());
  }

  private static void requireRunning(Provider engine, String name) {
    if (!engine.inspect(name).running()) {
      throw new KindException("the load balancer " + name + " stopped right after it started; its output:\n"
          + engine.logs(name).strip());
    }
  }
}
