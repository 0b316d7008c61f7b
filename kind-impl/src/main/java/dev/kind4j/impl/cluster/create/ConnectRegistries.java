package dev.kind4j.impl.cluster.create;

import dev.kind4j.Registry;
import dev.kind4j.impl.node.NodeContainer;
import dev.kind4j.impl.registry.RegistryWiring;
import java.nio.charset.StandardCharsets;

/**
 * Wires the request's registries into the cluster as kind's local-registry guide does: each joins the cluster's
 * network and gets a {@code hosts.toml} in every node, and the first is named in the {@code local-registry-hosting}
 * ConfigMap. Runs last, cold or warm, so snapshots never hold a registry's address; containerd reads the hosts
 * files on each pull, so nothing restarts.
 */
final class ConnectRegistries implements CreateStep {

  @Override
  public String title(CreationContext context) {
    return "Connecting " + (context.request.registries().size() == 1 ? "the registry" : "the registries") + " 🗄️";
  }

  @Override
  public boolean applies(CreationContext context) {
    return !context.request.registries().isEmpty();
  }

  @Override
  public void run(CreationContext context) {
    for (Registry registry : context.request.registries()) {
      context.engine.connectToNetwork(registry.name(), context.plan.network());
      for (NodeContainer node : context.nodes) {
        node.write(RegistryWiring.hostsTomlPath(registry),
            RegistryWiring.hostsToml(registry).getBytes(StandardCharsets.UTF_8), 0644);
      }
    }
    Manifests.apply(context.bootstrapControlPlane(), "/kind/manifests/local-registry-hosting.yaml",
        RegistryWiring.hostingConfigMap(context.request.registries().get(0)));
  }
}
