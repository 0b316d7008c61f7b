package dev.kind4j.config;

/** The protocol of a port mapping, as kind spells it in {@code extraPortMappings[].protocol}. */
public enum PortProtocol {
  TCP,
  UDP,
  SCTP;

  /** The value as written in kind's config, such as {@code TCP}. */
  public String value() {
    return name();
  }
}
