package dev.kind4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.spi.KindProvider;
import dev.kind4j.spi.RegistryRequest;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RegistryBuilderTest {

  @Test
  void eachSettingReturnsANewBuilderAndReachesTheRequest() {
    AtomicReference<RegistryRequest> sent = new AtomicReference<>();
    KindProvider provider = (KindProvider) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {KindProvider.class}, (proxy, method, args) -> {
          sent.set((RegistryRequest) args[0]);
          return null;
        });
    RegistryBuilder plain = new RegistryBuilder(provider);

    RegistryBuilder named = plain.name("kind-registry").hostPort(5001).image("registry:2");
    named.start();

    assertThat(sent.get()).isEqualTo(new RegistryRequest(java.util.Optional.of("kind-registry"), 5001,
        java.util.Optional.of("registry:2"), false));
    plain.start();
    assertThat(sent.get().name()).isEmpty();
    assertThat(sent.get().hostPort()).isZero();
  }

  @Test
  void badArgumentsNameTheSettingAndTheFix() {
    RegistryBuilder builder = new RegistryBuilder(null);
    assertThatThrownBy(() -> builder.name("-registry"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name: '-registry' is not a container name; use up to 63 letters");
    assertThatThrownBy(() -> builder.hostPort(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostPort: 70000 is not a port; use 1 to 65535, or 0 for a free one");
  }

  @Test
  void addressesFollowNameAndPort() {
    Registry registry = new Registry() {
      @Override
      public String name() {
        return "kind-registry";
      }

      @Override
      public int hostPort() {
        return 5001;
      }

      @Override
      public void close() {}
    };
    assertThat(registry.hostAddress()).isEqualTo("localhost:5001");
    assertThat(registry.networkAddress()).isEqualTo("kind-registry:5000");
  }
}
