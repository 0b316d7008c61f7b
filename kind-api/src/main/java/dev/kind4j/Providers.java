package dev.kind4j;

import dev.kind4j.spi.KindProvider;
import java.util.ServiceLoader;

/** Finds the single {@link KindProvider} on the classpath, once. */
final class Providers {

  private Providers() {}

  static KindProvider get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final KindProvider INSTANCE = ServiceLoader.load(KindProvider.class)
        .findFirst()
        .orElseThrow(() -> new KindException(
            "No kind4j implementation found: add the dependency dev.kind4j:kind-impl to the runtime classpath"));
  }
}
