package dev.kind4j.impl.cluster.kubeadm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesVersionTest {

  @Test
  void parsesAReleaseWithOrWithoutTheV() {
    assertThat(KubernetesVersion.parse("v1.20.2")).isEqualTo(new KubernetesVersion(1, 20, 2, "", ""));
    assertThat(KubernetesVersion.parse("1.20.2")).isEqualTo(new KubernetesVersion(1, 20, 2, "", ""));
    assertThat(KubernetesVersion.parse("v1.20.2").minor()).isEqualTo(20);
  }

  @Test
  void parsesPreReleaseAndBuildMetadata() {
    KubernetesVersion version = KubernetesVersion.parse("1.36.0-alpha.1+abc");

    assertThat(version).isEqualTo(new KubernetesVersion(1, 36, 0, "alpha.1", "abc"));
    assertThat(version.toString()).isEqualTo("v1.36.0-alpha.1+abc");
    assertThat(KubernetesVersion.parse("v1.24.0-alpha.1.592+370031cadac624").preRelease()).isEqualTo("alpha.1.592");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.20", "v1", "1.20.x", "v01.20.2", "1.20.2-", "1.20.2+", "1.20.2 junk"})
  void refusesWhatIsNotAVersion(String text) {
    assertThatThrownBy(() -> KubernetesVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kubernetesVersion")
        .hasMessageContaining("v1.20.2");
  }

  @Test
  void ordersBySemanticVersionPrecedence() {
    List<String> ascending = List.of("v1.9.9", "v1.20.2", "v1.36.0-alpha.0", "v1.36.0-alpha.1", "v1.36.0-alpha.1.5",
        "v1.36.0-alpha.2", "v1.36.0-alpha.10", "v1.36.0-beta.0", "v1.36.0-rc.1", "v1.36.0", "v1.36.1", "v2.0.0");
    List<KubernetesVersion> versions = ascending.stream().map(KubernetesVersion::parse).toList();

    assertThat(versions).isSortedAccordingTo(KubernetesVersion::compareTo);
    assertThat(versions.get(3)).isLessThan(versions.get(4)).isGreaterThan(versions.get(2));
    assertThat(KubernetesVersion.parse("v1.20.2+a")).isEqualByComparingTo(KubernetesVersion.parse("v1.20.2+b"));
  }

  @Test
  void isAtLeastLooksAtMajorAndMinorOnly() {
    assertThat(KubernetesVersion.parse("v1.36.0-alpha.1").isAtLeast(1, 36)).isTrue();
    assertThat(KubernetesVersion.parse("v1.35.9").isAtLeast(1, 36)).isFalse();
    assertThat(KubernetesVersion.parse("v2.0.0").isAtLeast(1, 36)).isTrue();
    assertThat(KubernetesVersion.parse("v1.20.2").isAtLeast(1, 20)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "v1.20.2, V1BETA2", "v1.22.17, V1BETA2", "v1.23.0-alpha.0, V1BETA3", "v1.23.0, V1BETA3",
      "v1.35.4, V1BETA3", "v1.36.0-alpha.1+abc, V1BETA4", "v1.36.0, V1BETA4", "v1.40.1, V1BETA4"})
  void picksTheKubeadmApiAsKindDoes(String version, KubeadmApiVersion expected) {
    assertThat(KubeadmApiVersion.forKubernetes(KubernetesVersion.parse(version))).isEqualTo(expected);
  }
}
