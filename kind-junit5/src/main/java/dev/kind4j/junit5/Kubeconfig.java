package dev.kind4j.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the {@link KindCluster}'s kubeconfig: into a {@code String} as YAML for use from this host, into a
 * {@code java.nio.file.Path} as the temporary file the cluster was exported to.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface Kubeconfig {}
