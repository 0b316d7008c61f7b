package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.kind4j.impl.provider.ContainerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a {@link ContainerSpec}'s run options become Docker's host configuration. */
class HostConfigTest {

  @Test
  void aPlainContainerKeepsTheEngineDefaults() {
    HostConfig host = DockerEngine.hostConfig(ContainerSpec.builder("image").build());

    assertThat(host.getPrivileged()).isNull();
    assertThat(host.getCapAdd()).isNull();
    assertThat(host.getCapDrop()).isNull();
    assertThat(host.getSecurityOpts()).isNull();
    assertThat(host.getCgroupnsMode()).isNull();
    assertThat(host.getInit()).isNull();
    assertThat(host.getRestartPolicy()).isNull();
  }

  @Test
  void rightsAndNodeOptionsBecomeTheirDockerFlags() {
    HostConfig host = DockerEngine.hostConfig(ContainerSpec.builder("image")
        .addCapability("ALL").dropCapability("SYS_RESOURCE")
        .deviceCgroupRule("a *:* rwm").device("/dev/kmsg")
        .securityOption("seccomp=unconfined").securityOption("apparmor=unconfined")
        .privateCgroupNamespace().noInit().restartOnFailure(1)
        .build());

    assertThat(host.getCapAdd()).containsExactly(Capability.ALL);
    assertThat(host.getCapDrop()).containsExactly(Capability.SYS_RESOURCE);
    assertThat(host.getDeviceCgroupRules()).containsExactly("a *:* rwm");
    assertThat(host.getDevices()).containsExactly(new Device("rwm", "/dev/kmsg", "/dev/kmsg"));
    assertThat(host.getSecurityOpts()).containsExactly("seccomp=unconfined", "apparmor=unconfined");
    assertThat(host.getCgroupnsMode()).isEqualTo("private");
    assertThat(host.getInit()).isFalse();
    assertThat(host.getRestartPolicy()).isEqualTo(RestartPolicy.onFailureRestart(1));
  }

  @Test
  void privilegedIsOneFlag() {
    HostConfig host = DockerEngine.hostConfig(ContainerSpec.builder("image").privileged().build());

    assertThat(host.getPrivileged()).isTrue();
    assertThat(host.getCapAdd()).isNull();
    assertThat(host.getDevices()).isNull();
  }
}
