package dev.kind4j.impl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerdNamesTest {

  @Test
  void qualifiesNamesAsContainerdRecordsThem() {
    assertThat(ContainerdNames.normalize("nginx:1")).isEqualTo("docker.io/library/nginx:1");
    assertThat(ContainerdNames.normalize("kind4j-test/web:latest")).isEqualTo("docker.io/kind4j-test/web:latest");
    assertThat(ContainerdNames.normalize("me/app")).isEqualTo("docker.io/me/app:latest");
    assertThat(ContainerdNames.normalize("localhost:5000/app:v1")).isEqualTo("localhost:5000/app:v1");
    assertThat(ContainerdNames.normalize("k8s.gcr.io/pause:3.2")).isEqualTo("k8s.gcr.io/pause:3.2");
  }
}
