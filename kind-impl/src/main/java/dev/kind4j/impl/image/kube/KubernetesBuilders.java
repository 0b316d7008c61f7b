package dev.kind4j.impl.image.kube;

import dev.kind4j.BuildType;
import dev.kind4j.KindException;
import dev.kind4j.spi.KubernetesBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds the {@link KubernetesBuilder} for a {@link BuildType} among those registered with
 * {@link ServiceLoader}; a plugin's builder takes precedence over kind4j's own for the same type.
 */
public final class KubernetesBuilders {

  private KubernetesBuilders() {}

  public static KubernetesBuilder forType(BuildType type) {
    return forType(type, Thread.currentThread().getContextClassLoader());
  }

  static KubernetesBuilder forType(BuildType type, ClassLoader loader) {
    Map<BuildType, KubernetesBuilder> byType = new LinkedHashMap<>();
    for (KubernetesBuilder builder : ServiceLoader.load(KubernetesBuilder.class, loader)) {
      boolean builtIn = builder.getClass().getName().startsWith("dev.kind4j.impl.");
      if (builtIn) {
        byType.putIfAbsent(builder.type(), builder);
      } else {
        byType.put(builder.type(), builder);
      }
    }
    KubernetesBuilder builder = byType.get(type);
    if (builder == null) {
      throw new KindException("type: no builder handles '" + type + "'; known types are " + byType.keySet()
          + ". A plugin registers one in META-INF/services/" + KubernetesBuilder.class.getName());
    }
    return builder;
  }
}
