package dev.kind4j.impl.node;

import dev.kind4j.impl.provider.ContainerSpec;
import java.util.Set;

/**
 * How node containers get the rights systemd, containerd and kubelet need: {@code --privileged}
 * where the engine grants it, else every capability the engine can grant plus explicit options.
 *
 * @param privileged run with {@code --privileged}
 * @param droppedCapabilities capabilities left out of {@code --cap-add ALL} because the engine cannot grant them
 */
public record NodePrivileges(boolean privileged, Set<String> droppedCapabilities) {

  /** kind's own choice. */
  public static final NodePrivileges PRIVILEGED = new NodePrivileges(true, Set.of());

  public NodePrivileges {
    droppedCapabilities = Set.copyOf(droppedCapabilities);
  }

  /** All capabilities except {@code dropped}. */
  public static NodePrivileges allCapabilitiesExcept(Set<String> dropped) {
    return new NodePrivileges(false, dropped);
  }

  /**
   * Gives a container these rights: {@code --privileged}, or every capability but the dropped ones with every device
   * ({@code /dev/kmsg} mapped in); without seccomp and apparmor confinement either way, as kind runs nodes.
   */
  public void applyTo(ContainerSpec.Builder container) {
    if (privileged) {
      container.privileged();
    } else {
      container.addCapability("ALL").deviceCgroupRule("a *:* rwm").device("/dev/kmsg");
      droppedCapabilities.stream().sorted().forEach(container::dropCapability);
    }
    container.securityOption("seccomp=unconfined").securityOption("apparmor=unconfined");
  }

  @Override
  public String toString() {
    return privileged ? "--privileged"
        : "--cap-add ALL" + (droppedCapabilities.isEmpty() ? "" : " --cap-drop " + String.join(",", droppedCapabilities.stream().sorted().toList()))
            + " with explicit device, seccomp and apparmor options";
  }
}
