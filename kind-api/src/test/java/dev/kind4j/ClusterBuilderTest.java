package dev.kind4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.spi.ClusterRequest;
import dev.kind4j.spi.KindProvider;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ClusterBuilderTest {

  @Test
  void aVersionByNumberReachesTheRequest() {
    AtomicReference<ClusterRequest> sent = new AtomicReference<>();
    KindProvider provider = (KindProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {KindProvider.class}, (proxy, method, args) -> {
          sent.set((ClusterRequest) args[0]);
          return null;
        });

    new ClusterBuilder(provider).kubernetesVersion("1.36").outliveJvm(true).create();

    assertThat(sent.get().kubernetesVersion()).hasValue("1.36");
    assertThat(sent.get().image()).isEmpty();
    assertThat(sent.get().outliveJvm()).isTrue();
  }

  @Test
  void aMalformedVersionNamesTheArgumentAndTheForms() {
    for (String bad : new String[] {"latest", "1", "v1.36.4-rc.1", " 1.36", ""}) {
      assertThatThrownBy(() -> new ClusterBuilder(null).kubernetesVersion(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("kubernetesVersion: '" + bad + "' is not a Kubernetes version; use a minor such as \"1.31\" or "
              + "a release such as \"v1.31.4\"");
    }
  }

  @Test
  void aVersionAndAnImageCannotBothPickTheNodeImage() {
    ClusterBuilder builder = new ClusterBuilder(null).kubernetesVersion("v1.36.4").image("kindest/node:v1.35.8");

    assertThatThrownBy(builder::create).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kubernetesVersion: 'v1.36.4' and image 'kindest/node:v1.35.8' both pick the node image; set one "
            + "of them");
  }

  @Test
  void aNetworkByIdReachesTheRequestAndABlankOneIsRefused() {
    AtomicReference<ClusterRequest> sent = new AtomicReference<>();
    KindProvider provider = (KindProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {KindProvider.class}, (proxy, method, args) -> {
          sent.set((ClusterRequest) args[0]);
          return null;
        });

    new ClusterBuilder(provider).network("4f1c0a9e2b7d").create();

    assertThat(sent.get().network()).hasValue("4f1c0a9e2b7d");
    assertThatThrownBy(() -> new ClusterBuilder(null).network(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("network: must name an existing engine network or give its ID");
  }
}
