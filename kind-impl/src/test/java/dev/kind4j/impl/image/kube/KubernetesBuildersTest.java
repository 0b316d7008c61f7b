package dev.kind4j.impl.image.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.plugin.prebuilt.PrebuiltKubernetesBuilder;
import org.junit.jupiter.api.Test;

class KubernetesBuildersTest {

  @Test
  void findsEveryBuiltInType() {
    assertThat(KubernetesBuilders.forType(BuildType.DOCKER)).isInstanceOf(DockerKubernetesBuilder.class);
    assertThat(KubernetesBuilders.forType(BuildType.HOST)).isInstanceOf(HostKubernetesBuilder.class);
    assertThat(KubernetesBuilders.forType(BuildType.BAZEL)).isInstanceOf(BazelKubernetesBuilder.class);
    assertThat(KubernetesBuilders.forType(BuildType.TARBALL)).isInstanceOf(TarballKubernetesBuilder.class);
    assertThat(KubernetesBuilders.forType(BuildType.URL)).isInstanceOf(UrlKubernetesBuilder.class);
    assertThat(KubernetesBuilders.forType(BuildType.RELEASE).type()).isEqualTo(BuildType.RELEASE);
  }

  @Test
  void findsAPluginOnTheClasspath() {
    assertThat(KubernetesBuilders.forType(BuildType.of("prebuilt"))).isInstanceOf(PrebuiltKubernetesBuilder.class);
  }

  @Test
  void namesTheKnownTypesForAnUnknownOne() {
    assertThatThrownBy(() -> KubernetesBuilders.forType(BuildType.of("nope")))
        .isInstanceOf(KindException.class)
        .hasMessageContaining("nope").hasMessageContaining("docker").hasMessageContaining("META-INF/services");
  }
}
