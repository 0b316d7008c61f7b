package dev.kind4j.impl.cluster.create;

import dev.kind4j.config.NodeConfig;

/**
 * A node the config asks for, with kind's name and the image it runs.
 *
 * @param name the container name, such as {@code kind-worker2}
 * @param config the node's part of the cluster config
 * @param image the node image
 */
record PlannedNode(String name, NodeConfig config, String image) {}
