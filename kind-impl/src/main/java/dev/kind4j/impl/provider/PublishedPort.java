package dev.kind4j.impl.provider;

/** A container port as published by the engine, with the address this machine reaches it at. */
public record PublishedPort(String hostIp, int port) {

  /** The host address as a URL needs it: IPv6 in brackets. */
  public String hostForUrl() {
    return hostIp.contains(":") ? "[" + hostIp + "]" : hostIp;
  }
}
