package dev.kind4j.impl.cluster.create;

import dev.kind4j.config.NodeConfig;
import dev.kind4j.impl.provider.ContainerSpec;
import java.util.List;

/**
 * A node the config asks for, with kind's name, the image it runs and its published ports.
 *
 * @param name the container name, such as {@code kind-worker2}
 * @param nodeName its Kubernetes node name and hostname: the container name, except in warm-start clusters
 * @param config the node's part of the cluster config
 * @param image the node image
 * @param ports the config's {@code extraPortMappings}, each with its host port chosen
 */
record PlannedNode(String name, String nodeName, NodeConfig config, String image, List<ContainerSpec.PortBinding> ports) {

  PlannedNode {
    ports = List.copyOf(ports);
  }
}
