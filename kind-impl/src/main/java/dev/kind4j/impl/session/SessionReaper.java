package dev.kind4j.impl.session;

import dev.kind4j.impl.provider.ContainerSpec;
import dev.kind4j.impl.provider.Labels;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.util.ClassPath;
import dev.kind4j.impl.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes this JVM's clusters when the JVM ends, however it ends, as Testcontainers' Ryuk does: a small container
 * per engine, started on first use from a node image (which has all it needs, so nothing is pulled), watches one
 * TCP connection this JVM holds open. When the connection ends (the JVM exited, crashed or was killed), it removes
 * every container, volume and network labelled with this JVM's session, then itself.
 *
 * <p>When the user's tests have Testcontainers and its reaper can serve, that one is used instead. If no reaper
 * can start, clusters are still created and deleted as usual; one line says they would outlive
 * a killed JVM.
 */
public final class SessionReaper {

  private static final Logger LOG = LoggerFactory.getLogger(SessionReaper.class);
  private static final String SESSION = UUID.randomUUID().toString();
  private static final int PORT = 8080;
  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration CONNECT_WITHIN = Duration.ofSeconds(20);
  /** Per engine, by its ID so that two addresses of one engine share a reaper: the labels it removes containers by. */
  private static final Map<String, Map<String, String>> LABELS = new HashMap<>();
  /** The connections kind4j's reapers watch; held until the JVM ends. */
  private static final List<Socket> WATCHED = new ArrayList<>();

  private SessionReaper() {}

  /**
   * The labels that have a reaper remove a container when this JVM ends: Testcontainers' when it can serve (see
   * {@link TestcontainersReaper}), else kind4j's, started from {@code image} on first use. Empty when neither can.
   */
  public static synchronized Map<String, String> labelsFor(Provider engine, String image) {
    return LABELS.computeIfAbsent(engine.engineId(), id -> testcontainers(engine)
        .orElseGet(() -> started(engine, image) ? Map.of(Labels.SESSION, SESSION) : Map.of()));
  }

  /**
   * Every label key a reaper of this JVM watches, {@link Labels#SESSION} always among them: images committed from
   * reaped containers blank them, so containers made from those images are never reaped with this JVM.
   */
  public static synchronized Set<String> labelKeys() {
    Set<String> keys = new HashSet<>(Set.of(Labels.SESSION));
    LABELS.values().forEach(labels -> keys.addAll(labels.keySet()));
    return keys;
  }

  /** Testcontainers' reaper's labels, when Testcontainers is on the class path and its reaper can serve. */
  private static Optional<Map<String, String>> testcontainers(Provider engine) {
    if (!ClassPath.has("org.testcontainers.utility.ResourceReaper")) {
      return Optional.empty();
    }
    try {
      return TestcontainersReaper.labels(engine);
    } catch (RuntimeException | LinkageError e) {
      LOG.info("Testcontainers' reaper is not used, so kind4j starts its own: {}", e.getMessage());
      LOG.debug("Testcontainers' reaper failed", e);
      return Optional.empty();
    }
  }

  /** Starts kind4j's reaper for this engine and connects to it; false, with one INFO line, when that fails. */
  private static boolean started(Provider engine, String image) {
    String container = "kind4j-reaper-" + SESSION.substring(0, 13);
    String host = hostOf(engine);
    try {
      engine.run(ContainerSpec.builder(image)
          .name(container)
          .label(Labels.REAPER, SESSION)
          .entrypoint("bash", "-c", Resources.text("/dev/kind4j/impl/session/kind4j-reaper"))
          .env("KIND4J_SESSION_FILTER", URLEncoder.encode("{\"label\":[\"" + Labels.SESSION + "=" + SESSION + "\"]}",
              StandardCharsets.UTF_8))
          .mount(socketPath(engine), "/var/run/docker.sock", false)
          .publish(new ContainerSpec.PortBinding(host.equals(LOOPBACK) ? LOOPBACK : "0.0.0.0", 0, PORT, "tcp"))
          .build());
      WATCHED.add(connect(engine.publishedPort(container, PORT, "tcp").port(), host));
      LOG.debug("reaper {} watches this JVM's session {}", container, SESSION);
      return true;
    } catch (RuntimeException | IOException e) {
      LOG.info("Clusters of this JVM would outlive it if it were killed: the reaper could not start ({})",
          e.getMessage());
      LOG.debug("starting the reaper failed", e);
      try {
        engine.remove(container);
      } catch (RuntimeException cleanup) {
        LOG.debug("removing the reaper {} failed", container, cleanup);
      }
      return false;
    }
  }

  /** Connects until the reaper answers: the engine's port proxy may accept before the reaper listens. */
  private static Socket connect(int port, String host) throws IOException {
    long deadline = System.nanoTime() + CONNECT_WITHIN.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(5_000);
        String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
            .readLine();
        if ("ACK".equals(answer)) {
          socket.setSoTimeout(0);
          socket.setKeepAlive(true);
          return socket;
        }
        socket.close();
      } catch (IOException e) {
        last = e;
        socket.close();
      }
      if (!sleep()) {
        break;
      }
    }
    throw new IOException("no answer on " + host + ":" + port + " within " + CONNECT_WITHIN.toSeconds() + " s", last);
  }

  /** The engine's socket on its own host: the path of a {@code unix://} host, else the usual path. */
  private static String socketPath(Provider engine) {
    URI uri = URI.create(engine.host());
    return "unix".equals(uri.getScheme()) ? uri.getPath() : "/var/run/docker.sock";
  }

  /** Where the reaper's published port is reached: this machine for a local engine, else the engine's host. */
  private static String hostOf(Provider engine) {
    URI uri = URI.create(engine.host());
    return "unix".equals(uri.getScheme()) || uri.getHost() == null ? LOOPBACK : uri.getHost();
  }

  /** Waits a moment; false when interrupted. */
  private static boolean sleep() {
    try {
      Thread.sleep(200);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
