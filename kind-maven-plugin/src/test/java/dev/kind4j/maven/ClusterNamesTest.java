package dev.kind4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterNamesTest {

  @Test
  void aFreshNameComesFromTheArtifactIdAndIsAValidClusterName() {
    assertThat(ClusterNames.fresh("My_Service.IT")).matches("kind4j-my-service-it-[a-z0-9]{6}");
    assertThat(ClusterNames.fresh("___")).matches("kind4j-build-[a-z0-9]{6}");
    String longName = ClusterNames.fresh("a".repeat(80));
    assertThat(longName).hasSize(ClusterNames.MAX_LENGTH).matches("[a-z0-9.-]+");
  }

  @Test
  void twoFreshNamesDiffer() {
    assertThat(ClusterNames.fresh("app")).isNotEqualTo(ClusterNames.fresh("app"));
  }
}
