package dev.kind4j.junit5;

import io.fabric8.kubernetes.client.Client;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Builds fabric8 clients. The only class here that names fabric8: it is loaded only when a
 * {@code KubernetesClient} is asked for, so the extension works without fabric8 on the classpath.
 */
final class Fabric8Clients {

  /** The type that asks for a client; compared by name so that asking needs no fabric8 class. */
  static final String CLIENT_TYPE = "io.fabric8.kubernetes.client.KubernetesClient";

  private Fabric8Clients() {}

  /** A {@code KubernetesClient} for the cluster of {@code kubeconfig} whose default namespace is {@code namespace}. */
  static Object create(String kubeconfig, String namespace) {
    Config config = Config.fromKubeconfig(kubeconfig);
    config.setNamespace(namespace);
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  /** Closes a client {@link #create} made. */
  static void close(Object client) {
    ((Client) client).close();
  }
}
