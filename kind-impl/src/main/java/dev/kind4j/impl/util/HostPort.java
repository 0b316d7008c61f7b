package dev.kind4j.impl.util;

/** {@code host:port} as URLs and kubeadm endpoints write it: an IPv6 address in brackets. */
public final class HostPort {

  private HostPort() {}

  /** {@code 127.0.0.1:6443}, {@code [::1]:6443}, {@code kind-control-plane:6443}. */
  public static String of(String host, int port) {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
