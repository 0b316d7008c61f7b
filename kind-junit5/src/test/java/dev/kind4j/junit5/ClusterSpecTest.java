package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ClusterSpecTest {

  @KindCluster
  static class Defaults {}

  @KindCluster(workers = 2, config = "/dev/kind4j/junit5/kind-config.yaml", image = "kindest/node:v1.20.2")
  static class TwoWorkers {}

  @KindCluster(workers = 2, config = "dev/kind4j/junit5/kind-config.yaml", image = "kindest/node:v1.20.2",
      waitSeconds = 10, retainOnFailure = true, reuse = true, exportLogsOnFailure = "")
  static class TwoWorkersOtherwiseConfigured {}

  @KindCluster(workers = 3, config = "/dev/kind4j/junit5/kind-config.yaml", image = "kindest/node:v1.20.2")
  static class ThreeWorkers {}

  @KindCluster(workers = 2, image = "kindest/node:v1.20.2")
  static class NoConfig {}

  @KindCluster(name = "dev")
  static class Named {}

  @KindCluster(name = "Dev_Cluster")
  static class BadName {}

  @KindCluster(workers = -1)
  static class NegativeWorkers {}

  @KindCluster(waitSeconds = -5)
  static class NegativeWait {}

  @KindCluster(config = "nowhere/kind.yaml")
  static class MissingConfig {}

  static class Subclass extends TwoWorkers {}

  @KindCluster(kubernetesVersion = "1.20")
  static class ByVersion {}

  @KindCluster(kubernetesVersion = "1.20", image = "kindest/node:v1.20.2")
  static class VersionAndImage {}

  private static ClusterSpec spec(Class<?> testClass) {
    return ClusterSpec.of(testClass.getAnnotation(KindCluster.class), testClass);
  }

  @Test
  void defaultsLeaveEverythingToTheBuilder() {
    assertThat(spec(Defaults.class)).isEqualTo(new ClusterSpec(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), 0, Duration.ofMinutes(5), false, false));
  }

  @Test
  void readsTheConfigAndKeepsTheRest() {
    ClusterSpec spec = spec(TwoWorkersOtherwiseConfigured.class);

    assertThat(spec.configYaml()).hasValueSatisfying(yaml -> assertThat(yaml).startsWith("kind: Cluster\n"));
    assertThat(spec.image()).hasValue("kindest/node:v1.20.2");
    assertThat(spec.workers()).isEqualTo(2);
    assertThat(spec.waitForReady()).isEqualTo(Duration.ofSeconds(10));
    assertThat(spec.retainOnFailure()).isTrue();
    assertThat(spec(Named.class).name()).hasValue("dev");
  }

  @Test
  void theSameClusterHasTheSameReuseKey() {
    assertThat(spec(TwoWorkersOtherwiseConfigured.class).reuseKey()).isEqualTo(spec(TwoWorkers.class).reuseKey())
        .hasSameHashCodeAs(spec(TwoWorkers.class).reuseKey());
    assertThat(spec(Subclass.class).reuseKey()).isEqualTo(spec(TwoWorkers.class).reuseKey());
  }

  @Test
  void anotherClusterHasAnotherReuseKey() {
    ClusterSpec.ReuseKey key = spec(TwoWorkers.class).reuseKey();

    assertThat(spec(ThreeWorkers.class).reuseKey()).isNotEqualTo(key);
    assertThat(spec(NoConfig.class).reuseKey()).isNotEqualTo(key);
    assertThat(spec(Named.class).reuseKey()).isNotEqualTo(spec(Defaults.class).reuseKey());
    assertThat(spec(ByVersion.class).reuseKey()).isNotEqualTo(spec(Defaults.class).reuseKey());
  }

  @Test
  void invalidAttributesAreNamedWithTheFix() {
    assertThatThrownBy(() -> spec(BadName.class)).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@KindCluster(name = \"Dev_Cluster\") is invalid: use up to 50 lowercase letters, digits, '.' "
            + "and '-', or \"\" for a fresh name");
    assertThatThrownBy(() -> spec(NegativeWorkers.class)).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@KindCluster(workers = -1) is invalid: use 0 or more");
    assertThatThrownBy(() -> spec(NegativeWait.class)).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@KindCluster(waitSeconds = -5) is invalid: use 0 or more seconds, such as 300");
    assertThatThrownBy(() -> spec(MissingConfig.class)).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith("@KindCluster(config = \"nowhere/kind.yaml\"): there is no classpath resource");
    assertThatThrownBy(() -> spec(VersionAndImage.class)).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@KindCluster(image = \"kindest/node:v1.20.2\", kubernetesVersion = \"1.20\") is invalid: both "
            + "pick the node image; set one of them");
  }

  @Test
  void theKubernetesVersionReachesTheSpec() {
    assertThat(spec(ByVersion.class).kubernetesVersion()).hasValue("1.20");
    assertThat(spec(ByVersion.class).image()).isEmpty();
  }
}
