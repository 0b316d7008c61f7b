package dev.kind4j.impl.cluster.config;

import dev.kind4j.config.IpFamily;
import dev.kind4j.config.Networking;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks {@code networking}: the API server's address and port, and the pod and service subnets. */
final class NetworkingRules {

  private static final Subnet POD = new Subnet("networking.podSubnet", "10.244.0.0/16", "fd00:10:244::/56");
  private static final Subnet SERVICE = new Subnet("networking.serviceSubnet", "10.96.0.0/16", "fd00:10:96::/112");

  private NetworkingRules() {}

  static void check(Networking networking, Problems problems) {
    if (IpAddress.parse(networking.apiServerAddress()).isEmpty()) {
      problems.add("networking.apiServerAddress", "'" + networking.apiServerAddress() + "' is not an IP address; "
          + "use one such as 127.0.0.1, or 0.0.0.0 to listen on every address");
    }
    int port = networking.apiServerPort();
    if (port < -1 || port > 65535) {
      problems.add("networking.apiServerPort", port + " is not a port; use 1 to 65535, 0 (or leave it unset) for a "
          + "random free port, or -1 to let the container engine pick one");
    }
    List<Cidr> pods = POD.check(networking.podSubnet(), networking.ipFamily(), problems);
    List<Cidr> services = SERVICE.check(networking.serviceSubnet(), networking.ipFamily(), problems);
    if (pods.stream().anyMatch(pod -> services.stream().anyMatch(pod::overlaps))) {
      problems.add(SERVICE.path, "'" + networking.serviceSubnet() + "' overlaps networking.podSubnet '"
          + networking.podSubnet() + "'; choose subnets that share no address, such as kind's defaults "
          + POD.ipv4Example + " for pods and " + SERVICE.ipv4Example + " for services");
    }
  }

  /** A subnet field, and the CIDRs its messages suggest. */
  private record Subnet(String path, String ipv4Example, String ipv6Example) {

    /** The CIDRs of {@code value}, or none if it has problems. */
    List<Cidr> check(String value, IpFamily family, Problems problems) {
      List<Cidr> cidrs = new ArrayList<>();
      for (String text : value.split(",", -1)) {
        Optional<Cidr> cidr = Cidr.parse(text);
        if (cidr.isEmpty()) {
          problems.add(path, "'" + text + "' is not a CIDR; give an address and a prefix length, such as "
              + example(family));
          return List.of();
        }
        cidrs.add(cidr.get());
      }
      Optional<String> mismatch = familyMismatch(cidrs, family);
      mismatch.ifPresent(message -> problems.add(path, "'" + value + "' " + message));
      return mismatch.isPresent() ? List.of() : cidrs;
    }

    private Optional<String> familyMismatch(List<Cidr> cidrs, IpFamily family) {
      long ipv6 = cidrs.stream().filter(cidr -> cidr.address().isIpv6()).count();
      if (family == IpFamily.DUAL) {
        boolean oneOrOneOfEach = cidrs.size() == 1 || cidrs.size() == 2 && ipv6 == 1;
        return oneOrOneOfEach ? Optional.empty() : Optional.of("does not fit ipFamily dual; give one IPv4 and one "
            + "IPv6 CIDR, comma-separated, such as " + example(family));
      }
      if (cidrs.size() > 1) {
        return Optional.of("has " + cidrs.size() + " CIDRs but ipFamily is " + family.value() + "; give one, such as "
            + example(family) + ", or set 'networking.ipFamily: dual'");
      }
      boolean wantsIpv6 = family == IpFamily.IPV6;
      if (wantsIpv6 != (ipv6 == 1)) {
        return Optional.of("is an " + (wantsIpv6 ? "IPv4" : "IPv6") + " CIDR but ipFamily is " + family.value()
            + "; give one such as " + example(family) + ", or set 'networking.ipFamily: "
            + (wantsIpv6 ? "ipv4" : "ipv6") + "'");
      }
      return Optional.empty();
    }

    private String example(IpFamily family) {
      return switch (family) {
        case IPV4 -> ipv4Example;
        case IPV6 -> ipv6Example;
        case DUAL -> ipv4Example + "," + ipv6Example;
      };
    }
  }
}
