package dev.kind4j.spi;

import dev.kind4j.ProgressListener;
import dev.kind4j.Registry;
import dev.kind4j.config.ClusterConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A request to create a cluster, as the user gave it; the implementation parses, defaults and validates.
 *
 * @param name the cluster name, when given (by the builder or {@code KIND_CLUSTER_NAME})
 * @param image the node image for nodes whose config names none
 * @param configYaml a v1alpha4 config as YAML, when given that way
 * @param config a config built in Java, when given that way
 * @param workers the worker count shorthand
 * @param waitForReady how long to wait for the control plane to become Ready
 * @param retainOnFailure keep the nodes of a failed create
 * @param kubeconfigPath the kubeconfig file to export to
 * @param listener receives the create steps; empty for kind's console output
 * @param warmStart start from a snapshot of a bootstrapped cluster when one matches
 * @param outliveJvm keep the cluster after the JVM ends; else it is removed when the JVM ends, however it ends
 * @param kubernetesVersion the Kubernetes version, such as {@code 1.31} or {@code v1.31.4}, that picks the node image
 *     for nodes whose config names none, when given instead of {@code image}
 * @param registries local registries the nodes pull from under their host addresses
 * @param network the existing engine network, by name or ID, to start the nodes on; empty for kind's {@code kind}
 */
public record ClusterRequest(Optional<String> name, Optional<String> image, Optional<String> configYaml,
    Optional<ClusterConfig> config, Optional<Integer> workers, Duration waitForReady, boolean retainOnFailure,
    Optional<Path> kubeconfigPath, Optional<ProgressListener> listener, boolean warmStart,
    boolean outliveJvm, Optional<String> kubernetesVersion, List<Registry> registries, Optional<String> network) {

  public ClusterRequest {
    registries = List.copyOf(registries);
  }
}
