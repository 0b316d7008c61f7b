package dev.kind4j.impl.registry;

import dev.kind4j.KindException;
import dev.kind4j.Registry;
import dev.kind4j.impl.console.StatusPrinter;
import dev.kind4j.impl.progress.Progress;
import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.session.SessionReaper;
import dev.kind4j.impl.util.Pause;
import dev.kind4j.spi.RegistryRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts a registry container as kind's local-registry guide runs one: published on 127.0.0.1, labelled so that the session reaper removes it with the JVM unless it is to outlive it. Returns once the
 * registry answers its API's {@code /v2/}.
 */
public final class RegistryStart {

  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

  private final Provider engine;
  private final RegistryRequest request;

  public RegistryStart(Provider engine, RegistryRequest request) {
    this.engine = engine;
    this.request = request;
  }

  public Registry run() {
    Progress progress = Progress.of(StatusPrinter.forConsole(false));
    String name = request.name().orElseGet(() -> "kind4j-registry-"
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    String image = request.image().orElseGet(() -> RegistryImage.choose(engine, progress));
    engine.presentOrPulled(image, reason -> "image: " + image + " is neither present nor pullable (" + reason
        + "); load it with `docker load`, or leave image unset to use kind4j's own");
    Map<String, String> labels = request.outliveJvm() ? Map.of()
        : SessionReaper.labelsFor(engine, RegistryImage.reaperImage(engine, progress));
    ContainerSpec.Builder spec = ContainerSpec.builder(image).name(name)
        .publish(new ContainerSpec.PortBinding("127.0.0.1", request.hostPort(), Registry.CONTAINER_PORT, "tcp"));
    labels.forEach(spec::label);
    engine.run(spec.build());
    try {
      DockerRegistry registry = new DockerRegistry(name, engine.publishedPort(name, Registry.CONTAINER_PORT, "tcp")
          .port());
      awaitAnswer(registry);
      progress.info("Registry " + name + " serves at " + registry.hostAddress());
      return registry;
    } catch (RuntimeException e) {
      engine.remove(name);
      throw e;
    }
  }

  private void awaitAnswer(Registry registry) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + registry.hostPort() + "/v2/"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response = client.send(probe, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KindException("interrupted while waiting for registry " + registry.name(), e);
      }
      Pause.between(Duration.ofMillis(200), "waiting for a registry");
    }
    throw new KindException("registry " + registry.name() + " did not answer on " + registry.hostAddress()
        + "/v2/ within " + ANSWER_WITHIN.toSeconds() + " s (" + last + "); its log: "
        + engine.logs(registry.name()).strip());
  }
}
