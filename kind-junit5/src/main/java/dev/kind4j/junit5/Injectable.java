package dev.kind4j.junit5;

import dev.kind4j.Cluster;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** What {@link KindCluster} injects, chosen by a parameter's or field's type and annotations. */
enum Injectable {
  CLUSTER,
  KUBECONFIG,
  KUBECONFIG_PATH,
  NAMESPACE,
  KUBERNETES_CLIENT;

  /** What {@code parameter} asks for, or empty when it asks for nothing of kind4j's. */
  static Optional<Injectable> forParameter(Parameter parameter) {
    return of(parameter.getType(), parameter,
        "parameter " + parameter.getName() + " of " + parameter.getDeclaringExecutable().getName());
  }

  /**
   * What {@code element}, of type {@code type}, asks for, or empty when it asks for nothing of kind4j's.
   *
   * @throws ExtensionConfigurationException when {@link Kubeconfig} or {@link KindNamespace} is on the wrong type
   */
  static Optional<Injectable> of(Class<?> type, AnnotatedElement element, String description) {
    boolean kubeconfig = element.isAnnotationPresent(Kubeconfig.class);
    boolean namespace = element.isAnnotationPresent(KindNamespace.class);
    if (kubeconfig && namespace) {
      throw new ExtensionConfigurationException(description + " has both @Kubeconfig and @KindNamespace; keep one");
    }
    if (kubeconfig) {
      if (type == String.class || type == Path.class) {
        return Optional.of(type == String.class ? KUBECONFIG : KUBECONFIG_PATH);
      }
      throw new ExtensionConfigurationException(description + " is a " + type.getName()
          + ", but @Kubeconfig goes on a String (the YAML) or a java.nio.file.Path (the file)");
    }
    if (namespace) {
      if (type == String.class) {
        return Optional.of(NAMESPACE);
      }
      throw new ExtensionConfigurationException(description + " is a " + type.getName()
          + ", but @KindNamespace goes on a String");
    }
    if (type == Cluster.class) {
      return Optional.of(CLUSTER);
    }
    if (type.getName().equals(Fabric8Clients.CLIENT_TYPE)) {
      return Optional.of(KUBERNETES_CLIENT);
    }
    return Optional.empty();
  }

  /** The value for the class that uses {@code cluster}. */
  Object value(ClassCluster cluster) {
    return switch (this) {
      case CLUSTER -> cluster.cluster();
      case KUBECONFIG -> cluster.cluster().kubeconfig();
      case KUBECONFIG_PATH -> cluster.kubeconfigPath();
      case NAMESPACE -> cluster.namespace();
      case KUBERNETES_CLIENT -> cluster.kubernetesClient();
    };
  }
}
