package dev.kind4j.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a {@link KindCluster} test class for injection: a {@link dev.kind4j.Cluster} or a fabric8
 * {@code KubernetesClient}. Fields annotated {@link Kubeconfig} or {@link KindNamespace} need no marker.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface KindInject {}
