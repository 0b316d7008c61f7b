package dev.kind4j.impl.provider;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A fake {@link Provider} for unit tests of the pure logic above the seam: it lists the containers it was given whose
 * labels hold the asked ones, and records the containers removed; any other call fails the test. The integration
 * tests use the real engine.
 */
public final class RecordingProvider {

  private final List<ContainerSummary> containers;
  private final List<String> removed = Collections.synchronizedList(new ArrayList<>());

  public RecordingProvider(List<ContainerSummary> containers) {
    this.containers = List.copyOf(containers);
  }

  /** The fake. */
  @SuppressWarnings("unchecked")
  public Provider provider() {
    return (Provider) Proxy.newProxyInstance(Provider.class.getClassLoader(), new Class<?>[] {Provider.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "containersWithLabels" -> containers.stream()
              .filter(c -> c.labels().entrySet().containsAll(((Map<String, String>) args[0]).entrySet())).toList();
          case "remove" -> {
            removed.add((String) args[0]);
            yield null;
          }
          case "toString" -> "RecordingProvider";
          default -> throw new AssertionError("unexpected call to the provider: " + method.getName());
        });
  }

  /** The IDs of the containers removed, in the order removed. */
  public List<String> removed() {
    return List.copyOf(removed);
  }
}
