package dev.kind4j.config;

/**
 * A host file or directory bind-mounted into a node, as an entry of a node's {@code extraMounts}.
 *
 * @param hostPath the path on the host; must be absolute
 * @param containerPath the path in the node; must be absolute
 * @param readOnly whether the node sees it read-only
 * @param selinuxRelabel whether the engine relabels it for SELinux ({@code :Z})
 * @param propagation how mounts beneath it propagate, or {@code null} for kind's default, {@link MountPropagation#NONE}
 */
public record Mount(
    String hostPath, String containerPath, boolean readOnly, boolean selinuxRelabel, MountPropagation propagation) {

  /** A read-write mount of {@code hostPath} at {@code containerPath}. */
  public static Mount of(String hostPath, String containerPath) {
    return new Mount(hostPath, containerPath, false, false, null);
  }

  /** This mount, read-only or read-write. */
  public Mount withReadOnly(boolean readOnly) {
    return new Mount(hostPath, containerPath, readOnly, selinuxRelabel, propagation);
  }
}
