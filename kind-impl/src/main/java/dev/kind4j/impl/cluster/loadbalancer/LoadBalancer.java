package dev.kind4j.impl.cluster.loadbalancer;

import dev.kind4j.impl.engine.ContainerSpec;
import dev.kind4j.impl.engine.DockerEngine;
import dev.kind4j.impl.engine.Labels;
import dev.kind4j.impl.util.Tar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The container kind puts in front of several control planes, {@code <cluster>-external-load-balancer}: it carries
 * the cluster's labels, so it is found, listed and removed with the cluster's nodes, and it publishes the API server
 * port on the host in their place.
 */
public final class LoadBalancer {

  /** kind's role label value for the load balancer. */
  public static final String ROLE = "external-load-balancer";

  private LoadBalancer() {}

  /** kind's name for the load balancer of {@code cluster}. */
  public static String name(String cluster) {
    return cluster + "-" + ROLE;
  }

  /**
   * Creates the load balancer container with its configuration and starts it.
   *
   * @param image the image's ID or reference, from {@link LoadBalancerImage#ensure}
   * @param api where the host reaches the API servers through it; its port 0 lets the engine pick one
   * @param labels labels besides kind's, such as the create's and the session's
   * @param config the haproxy configuration, from {@link HaproxyConfig#render}
   */
  public static void start(DockerEngine engine, String cluster, String image, String network,
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
  }
}
