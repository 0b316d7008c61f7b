package dev.kind4j.impl.testing;

import dev.kind4j.impl.provider.Provider;
import dev.kind4j.impl.provider.Providers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Builds (or reuses) {@link TestImages#node()} and {@link TestImages#WEB} before a test class, so that
 * {@code @KindCluster(image = TestImages.NODE)} finds them; register it ahead of {@code @KindCluster}. Such an
 * annotation names the default tag, so run its tests without {@value TestImages#NODE_PROPERTY}.
 */
public final class BuildTestImages implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestImages.node();
    try (Provider engine = Providers.connect()) {
      TestImages.web(engine);
    }
  }
}
