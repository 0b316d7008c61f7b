package dev.kind4j.impl.registry;

import dev.kind4j.Registry;

/**
 * What kind's local-registry guide puts into a cluster for a registry: containerd's registry hosts directory turned
 * on, one {@code hosts.toml} per registry that sends pulls of its host address to its address on the cluster's
 * network over plain HTTP, and the {@code local-registry-hosting} ConfigMap (KEP-1755) that tells tools where to push.
 */
public final class RegistryWiring {

  /** Where containerd looks for per-registry {@code hosts.toml} files. */
  public static final String HOSTS_DIRECTORY = "/etc/containerd/certs.d";
  /** The containerd config patch that turns the hosts directory on, as in kind's guide. */
  public static final String CONTAINERD_PATCH = "[plugins.\"io.containerd.grpc.v1.cri\".registry]\n"
      + "  config_path = \"" + HOSTS_DIRECTORY + "\"\n";

  private RegistryWiring() {}

  /** The path of the registry's {@code hosts.toml} in a node. */
  public static String hostsTomlPath(Registry registry) {
    return HOSTS_DIRECTORY + "/" + registry.hostAddress() + "/hosts.toml";
  }

  /** The registry's {@code hosts.toml}: pulls of its host address go to its network address over HTTP. */
  public static String hostsToml(Registry registry) {
    return "[host.\"http://" + registry.networkAddress() + "\"]\n";
  }

  /** The {@code local-registry-hosting} ConfigMap in {@code kube-public} that names the registry's host address. */
  public static String hostingConfigMap(Registry registry) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: local-registry-hosting
          namespace: kube-public
        data:
          localRegistryHosting.v1: |
            host: "%s"
            help: "https://kind.sigs.k8s.io/docs/user/local-registry/"
        """.formatted(registry.hostAddress());
  }
}
