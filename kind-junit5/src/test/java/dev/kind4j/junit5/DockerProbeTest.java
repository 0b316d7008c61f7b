package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import org.junit.jupiter.api.Test;

class DockerProbeTest {

  private static final String ABSENT = "No Docker engine answers at unix:///var/run/docker.sock: start it (for "
      + "example `dockerd &` or `systemctl start docker`) or set DOCKER_HOST";

  @Test
  void anAnsweringEngineIsPresent() {
    assertThat(DockerProbe.absence(() -> {})).isEmpty();
  }

  @Test
  void kindImplsConnectFailureMeansAbsent() {
    assertThat(DockerProbe.absence(() -> {
      throw new KindException(ABSENT, new IllegalStateException("connection refused"));
    })).hasValue(ABSENT);
  }

  @Test
  void otherFailuresAreThrown() {
    KindException noImpl = new KindException("No kind4j implementation found: add the dependency "
        + "dev.kind4j:kind-impl to the runtime classpath");

    assertThatThrownBy(() -> DockerProbe.absence(() -> {
      throw noImpl;
    })).isSameAs(noImpl);
  }

  @Test
  void theFailureSaysDockerIsNeededHowToStartItAndHowToSkip() {
    assertThat(DockerProbe.needed(DockerProbeTest.class, ABSENT)).hasMessage("@KindCluster on "
        + "dev.kind4j.junit5.DockerProbeTest needs a Docker engine. No Docker engine answers at "
        + "unix:///var/run/docker.sock: start it (for example `dockerd &` or `systemctl start docker`) or set "
        + "DOCKER_HOST. To skip the class when there is none, use @KindCluster(disabledWithoutDocker = true).");
  }
}
