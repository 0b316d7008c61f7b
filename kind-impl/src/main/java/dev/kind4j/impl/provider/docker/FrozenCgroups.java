package dev.kind4j.impl.provider.docker;

import dev.kind4j.impl.node.PrivilegeProbe;
import dev.kind4j.impl.provider.ContainerSpec;
import java.time.Duration;

/**
 * Thaws cgroups left frozen inside a container. runc freezes a container's cgroup while it applies device rules
 * and thaws it after; a node stopped or removed while its kubelet is starting a pod can kill the nested runc in
 * between, leaving {@code runc init} frozen. A frozen task cannot die, so the engine then fails to remove the node
 * ("did not receive an exit event") until the cgroup is thawed. A short helper container with the host's cgroup
 * hierarchy mounted thaws every frozen cgroup beneath the container's own.
 */
final class FrozenCgroups {

  private static final String HOST_CGROUPS = "/host-cgroup";

  private FrozenCgroups() {}

  /** Thaws what is frozen beneath the container {@code id}, with a helper made from {@code image}. */
  static void thaw(DockerEngine engine, String id, String image) {
    String helper = engine.run(ContainerSpec.builder(image)
        .apply(PrivilegeProbe.privilegesFor(engine, image)::applyTo)
        .mount("/sys/fs/cgroup", HOST_CGROUPS, false)
        .entrypoint("sh", "-c", script(id))
        .build());
    try {
      engine.waitForExit(helper, Duration.ofMinutes(1));
    } finally {
      engine.remove(helper);
    }
  }

  /** cgroup v1: freezer.state FROZEN becomes THAWED; cgroup v2: cgroup.freeze 1 becomes 0. */
  private static String script(String id) {
    return "find " + HOST_CGROUPS + " -path '*" + id + "*' \\( -name freezer.state -o -name cgroup.freeze \\) "
        + "2>/dev/null | while read -r f; do case \"$f\" in "
        + "*freezer.state) grep -q FROZEN \"$f\" && echo THAWED > \"$f\" ;; "
        + "*) [ \"$(cat \"$f\")\" = 1 ] && echo 0 > \"$f\" ;; esac; done; true";
  }
}
