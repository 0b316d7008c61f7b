package dev.kind4j.junit5;

import dev.kind4j.ClusterNames;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The cluster a {@link KindCluster} asks for, checked and with its config read.
 *
 * @param name the cluster name, when given
 * @param image the node image, when given
 * @param kubernetesVersion the Kubernetes version that picks the node image, when given
 * @param configYaml the kind config's text, when given
 * @param workers the worker count; 0 leaves the nodes to the config
 * @param waitForReady how long to wait for the control plane
 * @param retainOnFailure keep the nodes of a failed create
 * @param warmStart start from a snapshot of a bootstrapped cluster
 */
record ClusterSpec(Optional<String> name, Optional<String> image, Optional<String> kubernetesVersion,
    Optional<String> configYaml, int workers,
    Duration waitForReady, boolean retainOnFailure, boolean warmStart) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9.-]+");

  /** The spec of {@code annotation}, found on {@code testClass}; its config is read through the class's loader. */
  static ClusterSpec of(KindCluster annotation, Class<?> testClass) {
    String name = annotation.name();
    if (!name.isEmpty() && (!NAME.matcher(name).matches() || name.length() > ClusterNames.MAX_LENGTH)) {
      throw invalid("name = \"" + name + "\"", "use up to 50 lowercase letters, digits, '.' and '-', or \"\" for a "
          + "fresh name");
    }
    if (!annotation.image().isEmpty() && !annotation.kubernetesVersion().isEmpty()) {
      throw invalid("image = \"" + annotation.image() + "\", kubernetesVersion = \"" + annotation.kubernetesVersion()
          + "\"", "both pick the node image; set one of them");
    }
    if (annotation.workers() < 0) {
      throw invalid("workers = " + annotation.workers(), "use 0 or more");
    }
    if (annotation.waitSeconds() < 0) {
      throw invalid("waitSeconds = " + annotation.waitSeconds(), "use 0 or more seconds, such as 300");
    }
    Optional<String> config = Optional.of(annotation.config()).filter(c -> !c.isEmpty())
        .map(c -> ConfigLocation.read(c, testClass.getClassLoader()));
    return new ClusterSpec(Optional.of(name).filter(n -> !n.isEmpty()),
        Optional.of(annotation.image()).filter(i -> !i.isEmpty()),
        Optional.of(annotation.kubernetesVersion()).filter(v -> !v.isEmpty()), config, annotation.workers(),
        Duration.ofSeconds(annotation.waitSeconds()), annotation.retainOnFailure(), annotation.warmStart());
  }

  private static ExtensionConfigurationException invalid(String attribute, String fix) {
    return new ExtensionConfigurationException("@KindCluster(" + attribute + ") is invalid: " + fix);
  }

  /** What makes two classes' clusters the same for {@link KindCluster#reuse()}. */
  ReuseKey reuseKey() {
    return new ReuseKey(name, image, kubernetesVersion, configYaml, workers);
  }

  /** The parts of a spec that decide which cluster is created. */
  record ReuseKey(Optional<String> name, Optional<String> image, Optional<String> kubernetesVersion,
      Optional<String> configYaml, int workers) {}
}
