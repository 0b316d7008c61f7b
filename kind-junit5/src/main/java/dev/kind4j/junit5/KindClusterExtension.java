package dev.kind4j.junit5;

import dev.kind4j.ClusterNames;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit side of {@link KindCluster}; register it through that annotation. Clusters are created on first need
 * (before the class's first test, or earlier for a constructor parameter) and kept in the class's store, which
 * deletes them after the class; reused clusters are kept in the root store, which deletes them after the run.
 */
public final class KindClusterExtension implements ExecutionCondition, BeforeAllCallback, TestInstancePostProcessor,
    ParameterResolver, TestWatcher, AfterAllCallback {

  private static final Namespace CLASSES = Namespace.create(KindClusterExtension.class, "classes");
  private static final Namespace REUSED = Namespace.create(KindClusterExtension.class, "reused");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (annotation(context).filter(KindCluster::disabledWithoutDocker).isEmpty()) {
      return ConditionEvaluationResult.enabled("no @KindCluster(disabledWithoutDocker = true) here");
    }
    return provisioner(context).dockerAbsence()
        .map(reason -> ConditionEvaluationResult.disabled("@KindCluster(disabledWithoutDocker = true): " + reason))
        .orElseGet(() -> ConditionEvaluationResult.enabled("a Docker engine answers"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    var fields = InjectedField.of(context.getRequiredTestClass(), true);
    ClassCluster cluster = classCluster(context);
    fields.forEach(field -> field.inject(null, cluster));
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    var fields = InjectedField.of(testInstance.getClass(), false);
    if (!fields.isEmpty()) {
      ClassCluster cluster = classCluster(context);
      fields.forEach(field -> field.inject(testInstance, cluster));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return Injectable.forParameter(parameterContext.getParameter()).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return Injectable.forParameter(parameterContext.getParameter()).orElseThrow()
        .value(classCluster(extensionContext));
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    existingClassCluster(context).ifPresent(ClassCluster::markFailed);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Optional<Path> logs = annotation(context).map(KindCluster::exportLogsOnFailure).filter(d -> !d.isEmpty())
        .map(Path::of);
    if (logs.isPresent()) {
      existingClassCluster(context).filter(cluster -> cluster.failed() || context.getExecutionException().isPresent())
          .ifPresent(cluster -> cluster.cluster().exportLogs(cluster.logsDirectory(logs.get())));
    }
  }

  /** The annotation on the class of {@code context}, when it is a class context whose class carries one. */
  private static Optional<KindCluster> annotation(ExtensionContext context) {
    return context.getElement().filter(Class.class::isInstance)
        .flatMap(element -> AnnotationSupport.findAnnotation(element, KindCluster.class));
  }

  /** The context, {@code context} or an ancestor, of the nearest class that carries {@link KindCluster}. */
  private static ExtensionContext owner(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      if (annotation(c.get()).isPresent()) {
        return c.get();
      }
    }
    throw new ExtensionConfigurationException("KindClusterExtension found no @KindCluster on "
        + context.getRequiredTestClass().getName() + " or its enclosing classes; annotate the class with "
        + "@KindCluster instead of registering the extension directly");
  }

  private static Optional<ClassCluster> existingClassCluster(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    return Optional.ofNullable(owner.getStore(CLASSES).get(owner.getUniqueId(), ClassCluster.class));
  }

  /** The cluster of the nearest {@link KindCluster} class, created on first use. */
  private static ClassCluster classCluster(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    Store store = owner.getStore(CLASSES);
    // getOrComputeIfAbsent, deprecated since JUnit 6, is what JUnit 5.10 to 5.14 offer
    return store.getOrComputeIfAbsent(owner.getUniqueId(), id -> open(owner), ClassCluster.class);
  }

  private static ClassCluster open(ExtensionContext owner) {
    Class<?> testClass = owner.getRequiredTestClass();
    KindCluster annotation = annotation(owner).orElseThrow();
    ClusterSpec spec = ClusterSpec.of(annotation, testClass);
    Provisioner provisioner = provisioner(owner);
    provisioner.dockerAbsence().ifPresent(reason -> {
      throw DockerProbe.needed(testClass, reason);
    });
    String hint = testClass.getSimpleName();
    if (!annotation.reuse()) {
      return ClassCluster.owned(provisioner.create(spec, spec.name().orElseGet(() -> ClusterNames.fresh(hint))));
    }
    ProvisionedCluster shared = owner.getRoot().getStore(REUSED).getOrComputeIfAbsent(spec.reuseKey(),
        key -> provisioner.create(spec, spec.name().orElseGet(() -> ClusterNames.fresh("shared"))),
        ProvisionedCluster.class);
    String namespace = ClusterNames.fresh(hint);
    ClusterProvisioner.createNamespace(shared.cluster(), namespace);
    return ClassCluster.reused(shared, namespace);
  }

  /** {@link ClusterProvisioner}, unless a test of this extension names a replacement; see {@link Provisioner}. */
  private static Provisioner provisioner(ExtensionContext context) {
    Optional<String> replacement = context.getConfigurationParameter(Provisioner.PARAMETER);
    if (replacement.isEmpty()) {
      return new ClusterProvisioner();
    }
    try {
      var constructor = Class.forName(replacement.get()).asSubclass(Provisioner.class).getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new ExtensionConfigurationException(Provisioner.PARAMETER + " = " + replacement.get() + ": not a "
          + "Provisioner with a no-argument constructor; remove the parameter, it is for kind4j's own tests", e);
    }
  }
}
