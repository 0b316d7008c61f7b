package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import dev.kind4j.KindException;
import dev.kind4j.impl.provider.Providers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineDiscoveryTest {

  private static final EngineEndpoint CLI = new EngineEndpoint(URI.create("unix:///var/run/docker.sock"), null, "cli");
  private static final EngineEndpoint TESTCONTAINERS =
      new EngineEndpoint(URI.create("unix:///home/me/.colima/default/docker.sock"), null, "tc");

  @TempDir
  Path dockerConfig;

  @Test
  void kind4jsOwnPropertyWinsOverTestcontainersAndTheDockerCli() {
    EngineEndpoint endpoint = EngineDiscovery.discover(" tcp://10.1.2.3:2376 ", () -> Optional.of(TESTCONTAINERS),
        () -> CLI);

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://10.1.2.3:2376"));
    assertThat(endpoint.reason()).contains("kind4j.docker.host");
  }

  @Test
  void testcontainersChoiceComesBeforeTheDockerClis() {
    assertThat(EngineDiscovery.discover(null, () -> Optional.of(TESTCONTAINERS), () -> CLI)).isEqualTo(TESTCONTAINERS);
    assertThat(EngineDiscovery.discover("", Optional::empty, () -> CLI)).isEqualTo(CLI);
  }

  @Test
  void theDockerCliTakesDockerHostFirst() throws IOException {
    context("remote", "tcp://10.9.9.9:2376", true);

    EngineEndpoint endpoint = EngineDiscovery.dockerCli(builder().withDockerHost("tcp://10.1.2.3:2375"),
        Map.of("DOCKER_HOST", "tcp://10.1.2.3:2375"));

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://10.1.2.3:2375"));
    assertThat(endpoint.reason()).isEqualTo("DOCKER_HOST names it");
  }

  @Test
  void theDockerCliTakesTheCurrentContextNext() throws IOException {
    context("remote", "tcp://10.9.9.9:2376", true);

    EngineEndpoint endpoint = EngineDiscovery.dockerCli(builder(), Map.of());

    assertThat(endpoint.host()).isEqualTo(URI.create("tcp://10.9.9.9:2376"));
    assertThat(endpoint.reason()).isEqualTo("the Docker context 'remote' names it");
  }

  @Test
  void dockerContextOverridesTheCurrentContext() throws IOException {
    context("remote", "tcp://10.9.9.9:2376", true);
    context("colima", "unix:///home/me/.colima/default/docker.sock", false);

    EngineEndpoint endpoint = EngineDiscovery.dockerCli(builder().withDockerContext("colima"),
        Map.of("DOCKER_CONTEXT", "colima"));

    assertThat(endpoint.host()).isEqualTo(URI.create("unix:///home/me/.colima/default/docker.sock"));
    assertThat(endpoint.reason()).isEqualTo("the Docker context 'colima' names it");
  }

  @Test
  void withoutHostOrContextTheDefaultSocketIsUsed() {
    EngineEndpoint endpoint = EngineDiscovery.dockerCli(builder(), Map.of());

    assertThat(endpoint.host()).isEqualTo(URI.create("unix:///var/run/docker.sock"));
    assertThat(endpoint.reason()).startsWith("the default socket");
  }

  @Test
  void anSshEngineIsRefusedWithTheWaysOut() {
    System.setProperty(Providers.HOST_PROPERTY, "ssh://user@build-host");
    try {
      assertThatThrownBy(DockerEngine::connect).isInstanceOf(KindException.class)
          .hasMessageContaining("ssh://user@build-host").hasMessageContaining("tcp:// with TLS")
          .hasMessageContaining("ssh -NL 127.0.0.1:2375:/var/run/docker.sock user@build-host");
    } finally {
      System.clearProperty(Providers.HOST_PROPERTY);
    }
  }

  private DefaultDockerClientConfig.Builder builder() {
    return new DefaultDockerClientConfig.Builder().withDockerConfig(dockerConfig.toString());
  }

  /** A Docker context as {@code docker context create} stores it, made current when {@code current}. */
  private void context(String name, String host, boolean current) throws IOException {
    Path meta = dockerConfig.resolve("contexts/meta").resolve(sha256(name));
    Files.createDirectories(meta);
    Files.writeString(meta.resolve("meta.json"),
        "{\"Name\":\"" + name + "\",\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    if (current) {
      Files.writeString(dockerConfig.resolve("config.json"), "{\"currentContext\":\"" + name + "\"}");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
