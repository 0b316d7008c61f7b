package dev.kind4j.impl.provider.docker;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.TestcontainersHostPropertyClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/**
 * The engine Testcontainers chose, by its own strategies ({@code DOCKER_HOST}, {@code ~/.testcontainers.properties}'s
 * {@code docker.host}, {@code tc.host} of Testcontainers Cloud and Desktop, Docker Desktop's, Colima's and Rancher
 * Desktop's sockets, …). Asking only for its transport configuration tests the strategies with a ping; it neither
 * starts Ryuk nor pulls an image. Loaded only when Testcontainers is on the class path.
 */
final class TestcontainersDiscovery {

  private TestcontainersDiscovery() {}

  static Optional<EngineEndpoint> endpoint() {
    DockerClientFactory factory = DockerClientFactory.instance();
    TransportConfig transport = factory.getTransportConfig();
    String reason = factory.isUsing(TestcontainersHostPropertyClientProviderStrategy.class)
        ? "Testcontainers chose it by tc.host (Testcontainers Cloud or Desktop)"
        : "Testcontainers chose it, so clusters run beside its containers";
    return Optional.of(new EngineEndpoint(transport.getDockerHost(), transport.getSslConfig(), reason));
  }
}
