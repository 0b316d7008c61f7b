package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.kind4j.impl.provider.ContainerState;
import org.junit.jupiter.api.Test;

/** How a container's inspection, as Docker and podman answer it, becomes a {@link ContainerState}. */
class ContainerStateTest {

  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void dockerNamesTheNetworkTheContainerWasStartedOn() throws Exception {
    ContainerState state = DockerEngine.state(inspection("kind", "{\"kind\": {\"IPAddress\": \"172.18.0.2\"}}"));

    assertThat(state.id()).isEqualTo("abc");
    assertThat(state.running()).isTrue();
    assertThat(state.startedAt()).isEqualTo("2026-12-01T01:50:58.25Z");
    assertThat(state.hostname()).isEqualTo("node");
    assertThat(state.network()).isEqualTo("kind");
    assertThat(state.addresses()).containsEntry("kind", "172.18.0.2");
    assertThat(state.labels()).containsEntry("io.x-k8s.kind.role", "worker");
    assertThat(state.volumes()).containsExactly("var-volume");
  }

  @Test
  void podmanGivesTheModeSoTheOneAttachedNetworkIsTheOneItWasStartedOn() throws Exception {
    ContainerState state = DockerEngine.state(inspection("bridge", "{\"kind\": {\"IPAddress\": \"10.89.0.4\"}}"));

    assertThat(state.network()).isEqualTo("kind");
    assertThat(state.addresses()).containsEntry("kind", "10.89.0.4");
  }

  @Test
  void withSeveralNetworksTheModeStays() throws Exception {
    ContainerState state = DockerEngine.state(inspection("bridge",
        "{\"kind\": {\"IPAddress\": \"10.89.0.4\"}, \"other\": {\"IPAddress\": \"\"}}"));

    assertThat(state.network()).isEqualTo("bridge");
    assertThat(state.addresses()).containsEntry("other", "");
  }

  private static InspectContainerResponse inspection(String networkMode, String networks) throws Exception {
    return JSON.readValue("""
        {"Id": "abc", "Image": "sha256:def",
         "State": {"Running": true, "StartedAt": "2026-12-01T01:50:58.25Z"},
         "Config": {"Hostname": "node", "Labels": {"io.x-k8s.kind.role": "worker"}},
         "HostConfig": {"NetworkMode": "%s"},
         "NetworkSettings": {"Networks": %s},
         "Mounts": [{"Type": "volume", "Name": "var-volume", "Destination": "/var"},
                    {"Type": "bind", "Source": "/lib/modules", "Destination": "/lib/modules"}]}
        """.formatted(networkMode, networks), InspectContainerResponse.class);
  }
}
