package dev.kind4j.config;

/** Mount propagation of an extra mount, as kind spells it in {@code extraMounts[].propagation}. */
public enum MountPropagation {
  /** Private: no mounts propagate either way. */
  NONE("None"),
  /** Mounts made on the host later appear in the node ({@code rslave}). */
  HOST_TO_CONTAINER("HostToContainer"),
  /** Mounts propagate both ways ({@code rshared}). */
  BIDIRECTIONAL("Bidirectional");

  private final String value;

  MountPropagation(String value) {
    this.value = value;
  }

  /** The value as written in kind's config, such as {@code HostToContainer}. */
  public String value() {
    return value;
  }
}
