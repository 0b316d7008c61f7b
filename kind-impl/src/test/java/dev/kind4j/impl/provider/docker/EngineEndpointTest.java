package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EngineEndpointTest {

  @Test
  void anEngineOnAnotherMachineIsReachedAtItsHost() {
    assertThat(endpoint("tcp://10.1.2.3:2376").remoteHost()).contains("10.1.2.3");
    assertThat(endpoint("ssh://user@host").remoteHost()).contains("host");
    assertThat(endpoint("tcp://docker.example:2375").remoteHost()).contains("docker.example");
    assertThat(endpoint("tcp://[fd00::7]:2376").remoteHost()).contains("fd00::7");
  }

  @Test
  void socketsAndThisMachinesLoopbackAreLocal() {
    assertThat(endpoint("unix:///var/run/docker.sock").remoteHost()).isEmpty();
    assertThat(endpoint("npipe:////./pipe/docker_engine").remoteHost()).isEmpty();
    assertThat(endpoint("tcp://127.0.0.1:2375").remoteHost()).isEmpty();
    assertThat(endpoint("tcp://localhost:2375").remoteHost()).isEmpty();
    assertThat(endpoint("tcp://[::1]:2375").remoteHost()).isEmpty();
  }

  @Test
  void portsOnEveryAddressOrTheLoopbackOfARemoteEngineAreReachedAtItsHost() {
    EngineEndpoint remote = endpoint("tcp://10.1.2.3:2376");

    assertThat(remote.reachableHost("0.0.0.0")).isEqualTo("10.1.2.3");
    assertThat(remote.reachableHost("::")).isEqualTo("10.1.2.3");
    assertThat(remote.reachableHost("127.0.0.1")).isEqualTo("10.1.2.3");
    assertThat(remote.reachableHost("192.168.7.8")).isEqualTo("192.168.7.8");
    assertThat(endpoint("ssh://user@host").reachableHost("0.0.0.0")).isEqualTo("host");
  }

  @Test
  void portsOfALocalEngineAreReachedAtTheirListenAddress() {
    assertThat(endpoint("unix:///var/run/docker.sock").reachableHost("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(endpoint("tcp://127.0.0.1:2375").reachableHost("0.0.0.0")).isEqualTo("0.0.0.0");
  }

  private static EngineEndpoint endpoint(String host) {
    return new EngineEndpoint(URI.create(host), null, "test");
  }
}
