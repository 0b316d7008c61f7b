package dev.kind4j;

import dev.kind4j.spi.KindProvider;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the single {@link KindProvider} on the classpath, once. */
final class Providers {

  private Providers() {}

  /** The provider; throws with the fix each time it is asked for when there is none. */
  static KindProvider get() {
    return Holder.INSTANCE.orElseThrow(() -> new KindException(
        "No kind4j implementation found: add the dependency dev.kind4j:kind-impl to the runtime classpath"));
  }

  private static final class Holder {
    static final Optional<KindProvider> INSTANCE = ServiceLoader.load(KindProvider.class).findFirst();
  }
}
