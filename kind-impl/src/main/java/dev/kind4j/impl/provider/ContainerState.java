package dev.kind4j.impl.provider;

import java.util.List;
import java.util.Map;

/**
 * What the engine knows of a container.
 *
 * @param id its full ID
 * @param imageId the ID of the image it runs
 * @param running whether it runs
 * @param startedAt when it last started, as an ISO-8601 instant
 * @param hostname its host name
 * @param network the network it was started on
 * @param addresses its IPv4 address on each network it is attached to, by network name; blank where it has none
 * @param ipv6Addresses its global IPv6 address on each network it is attached to, by network name; blank where it has
 *     none
 * @param labels its labels
 * @param volumes the names of the volumes mounted in it, named and anonymous
 */
public record ContainerState(String id, String imageId, boolean running, String startedAt, String hostname,
    String network, Map<String, String> addresses, Map<String, String> ipv6Addresses, Map<String, String> labels, List<String> volumes) {

  public ContainerState {
    addresses = Map.copyOf(addresses);
    ipv6Addresses = Map.copyOf(ipv6Addresses);
    labels = Map.copyOf(labels);
    volumes = List.copyOf(volumes);
  }
}
