package dev.kind4j.impl.testing;

import dev.kind4j.impl.util.HostCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real Kubernetes v1.20.2 source tree, fetched once by {@code scripts/fetch-kubernetes-source}. */
public final class KubernetesSource {

  private KubernetesSource() {}

  public static synchronized Path tree() {
    Path repository = Path.of("").toAbsolutePath().getParent();
    Path script = repository.resolve("scripts/fetch-kubernetes-source");
    return Path.of(HostCommand.output(List.of(script.toString()), repository, Duration.ofMinutes(20)).lines()
        .reduce((first, second) -> second).orElseThrow());
  }
}
