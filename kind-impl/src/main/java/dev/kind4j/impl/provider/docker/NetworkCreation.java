package dev.kind4j.impl.provider.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Network;
import dev.kind4j.KindException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a bridge network unless one of its name exists. Docker does not keep names unique: two creates at the same
 * moment both succeed, and every later use of the name fails as ambiguous. Creates in one JVM therefore take turns,
 * and before and after a create every network of that name but one is removed, as kind does; every creator keeps the
 * same one (the one with the most containers, then the lowest ID), so creates in other processes agree.
 */
final class NetworkCreation {

  private static final Logger LOG = LoggerFactory.getLogger(NetworkCreation.class);
  private static final Object TURN = new Object();

  private final DockerClient client;

  NetworkCreation(DockerClient client) {
    this.client = client;
  }

  void ensure(String name, Map<String, String> labels, Optional<String> ipv6Subnet) {
    synchronized (TURN) {
      if (keepOne(name)) {
        return;
      }
      try {
        var create = client.createNetworkCmd().withName(name).withDriver("bridge").withLabels(labels)
            .withCheckDuplicate(true);
        ipv6Subnet.ifPresent(subnet -> create.withEnableIpv6(true)
            .withIpam(new Network.Ipam().withConfig(new Network.Ipam.Config().withSubnet(subnet))));
        create.exec();
      } catch (DockerException e) {
        if (named(name).isEmpty()) {
          throw new KindException("creating network " + name + " failed: " + e.getMessage(), e);
        }
      }
      keepOne(name);
    }
  }

  /** Removes every network of the name but the one to keep; true if there is one. */
  private boolean keepOne(String name) {
    List<Network> named = named(name);
    if (named.size() < 2) {
      return !named.isEmpty();
    }
    // only the inspection shows a network's containers
    named = named.stream().map(this::inspect).flatMap(Optional::stream)
        .sorted(Comparator.comparingInt((Network n) -> -containers(n)).thenComparing(Network::getId)).toList();
    for (Network duplicate : named.subList(Math.min(1, named.size()), named.size())) {
      try {
        client.removeNetworkCmd(duplicate.getId()).exec();
        LOG.debug("removed network {} ({}), created at the same time as {}", name, duplicate.getId(),
            named.get(0).getId());
      } catch (DockerException e) {
        LOG.debug("duplicate network {} ({}) is gone or in use", name, duplicate.getId(), e);
      }
    }
    return !named.isEmpty();
  }

  private List<Network> named(String name) {
    // the name filter matches parts of names
    return client.listNetworksCmd().withNameFilter(name).exec().stream().filter(n -> name.equals(n.getName())).toList();
  }

  /** The network with its containers, unless another process removed it since it was listed. */
  private Optional<Network> inspect(Network listed) {
    try {
      return Optional.of(client.inspectNetworkCmd().withNetworkId(listed.getId()).exec());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static int containers(Network network) {
    return network.getContainers() == null ? 0 : network.getContainers().size();
  }
}
