package dev.kind4j.impl.cluster.config;

import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.IpFamily;

/** What kind accepts but kind4j does not do yet, reported as problems rather than silently ignored. */
public final class Kind4jLimits {

  private Kind4jLimits() {}

  /**
   * @param config a valid config (see {@link ConfigValidator})
   * @throws dev.kind4j.config.InvalidConfigException naming each field kind4j cannot honour yet, and the way round it
   */
  public static void check(ClusterConfig config) {
    Problems problems = new Problems();
    if (config.networking().ipFamily() != IpFamily.IPV4) {
      problems.add("networking.ipFamily", "'" + config.networking().ipFamily().value() + "' is not supported by kind4j "
          + "yet: its node network and pod network are IPv4 only; use 'ipv4'");
    }
    problems.throwIfAny();
  }
}
