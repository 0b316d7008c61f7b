package dev.kind4j.junit5;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * A field that {@link KindCluster} injects: one annotated {@link KindInject}, {@link Kubeconfig} or
 * {@link KindNamespace}.
 *
 * @param field the field, made accessible
 * @param injectable what it receives
 */
record InjectedField(Field field, Injectable injectable) {

  /**
   * The static, or else the instance, fields of {@code type} and its superclasses to inject, checked.
   *
   * @throws ExtensionConfigurationException when one is private, final or of a type nothing is injected into
   */
  static List<InjectedField> of(Class<?> type, boolean statics) {
    return ReflectionSupport.findFields(type, f -> Modifier.isStatic(f.getModifiers()) == statics && marked(f),
        HierarchyTraversalMode.TOP_DOWN).stream().map(InjectedField::checked).toList();
  }

  private static boolean marked(Field field) {
    return field.isAnnotationPresent(KindInject.class) || field.isAnnotationPresent(Kubeconfig.class)
        || field.isAnnotationPresent(KindNamespace.class);
  }

  private static InjectedField checked(Field field) {
    String description = "field " + field.getDeclaringClass().getName() + "." + field.getName();
    int modifiers = field.getModifiers();
    if (Modifier.isPrivate(modifiers)) {
      throw new ExtensionConfigurationException(description + " is private; make it package-private to have it "
          + "injected");
    }
    if (Modifier.isFinal(modifiers)) {
      throw new ExtensionConfigurationException(description + " is final; remove final to have it injected");
    }
    Injectable injectable = Injectable.of(field.getType(), field, description).orElseThrow(() ->
        new ExtensionConfigurationException(description + " is a " + field.getType().getName() + ", but @KindInject "
            + "goes on a dev.kind4j.Cluster or a fabric8 KubernetesClient; for the kubeconfig or the namespace use "
            + "@Kubeconfig or @KindNamespace"));
    field.setAccessible(true);
    return new InjectedField(field, injectable);
  }

  /** Sets the field of {@code target}, or the static field when {@code target} is null. */
  void inject(Object target, ClassCluster cluster) {
    try {
      field.set(target, injectable.value(cluster));
    } catch (IllegalAccessException e) {
      throw new ExtensionConfigurationException("cannot inject field " + field.getDeclaringClass().getName() + "."
          + field.getName() + ": " + e.getMessage(), e);
    }
  }
}
