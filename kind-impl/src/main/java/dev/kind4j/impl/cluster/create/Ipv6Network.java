package dev.kind4j.impl.cluster.create;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.config.IpAddress;
import dev.kind4j.impl.provider.Provider;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The engine network of an IPv6 or dual-stack cluster, which must have IPv6 on. kind's own network is created with
 * IPv6 as kind creates it: a unique local /64 derived from the network's name, {@code fc00:f853:ccd:e793::/64} for
 * {@code kind}, probing a few others should that one overlap an existing network.
 */
final class Ipv6Network {

  private static final int ATTEMPTS = 5;

  private Ipv6Network() {}

  /**
   * Makes sure {@code network} exists with IPv6 on, creating kind's network when it is missing.
   *
   * @param chosen whether the caller named the network, which kind4j then never creates
   * @throws KindException naming the network and the way out if it exists without IPv6
   */
  static void require(Provider engine, String network, boolean chosen) {
    if (!chosen && engine.networkName(network).isEmpty()) {
      create(engine, network);
    }
    if (!engine.networkHasIpv6(network)) {
      throw new KindException("networking.ipFamily: an IPv6 or dual-stack cluster needs IPv6 on its engine network, "
          + "but network '" + network + "' has it off. " + (chosen
          ? "Create the network with IPv6 (`docker network create --ipv6 --subnet " + ulaSubnet(network, 0) + " "
              + network + "`) and pass that, or use 'ipFamily: ipv4'"
          : "It was created without IPv6 (by an IPv4 cluster of kind4j); remove it with `docker network rm " + network
              + "` once no cluster uses it, and kind4j creates it again with IPv6; or start the cluster on a network "
              + "with IPv6 with network(…), or use 'ipFamily: ipv4'"));
    }
  }

  private static void create(Provider engine, String network) {
    KindException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        engine.ensureNetwork(network, Map.of(), Optional.of(ulaSubnet(network, attempt)));
        return;
      } catch (KindException e) {
        if (!e.getMessage().contains("overlap")) {
          throw e;
        }
        last = e;
      }
    }
    throw new KindException("creating network " + network + " with IPv6 failed: each of " + ATTEMPTS + " subnets "
        + "derived from its name overlaps an existing network; create it yourself with `docker network create --ipv6 "
        + "--subnet <a free /64> " + network + "`", last);
  }

  /**
   * kind's subnet for a network: {@code fc00::/8} filled with bytes 2 to 7 of the SHA-1 of the name followed by the
   * attempt as a little-endian 32-bit number, as a /64.
   */
  static String ulaSubnet(String network, int attempt) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
    sha1.update(network.getBytes(StandardCharsets.UTF_8));
    sha1.update(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(attempt).array());
    byte[] hash = sha1.digest();
    byte[] address = new byte[16];
    address[0] = (byte) 0xfc;
    System.arraycopy(hash, 2, address, 2, 6);
    return new IpAddress(new BigInteger(1, address), 128).text() + "/64";
  }
}
