package dev.kind4j.impl.registry;

import dev.kind4j.Registry;
import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import java.util.concurrent.atomic.AtomicBoolean;

/** A registry container on the engine; closing it removes the container with its storage volume. */
final class DockerRegistry implements Registry {

  private final String name;
  private final int hostPort;
  private final AtomicBoolean closed = new AtomicBoolean();

  DockerRegistry(String name, int hostPort) {
    this.name = name;
    this.hostPort = hostPort;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int hostPort() {
    return hostPort;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try (Provider engine = Providers.connect()) {
        engine.remove(name);
      }
    }
  }

  @Override
  public String toString() {
    return name + " (" + hostAddress() + ")";
  }
}
