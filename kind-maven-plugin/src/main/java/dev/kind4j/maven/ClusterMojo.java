package dev.kind4j.maven;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal about one cluster: it finds the cluster by name, and is skipped with the tests. The cluster that
 * {@code kind4j:create} made is kept in the plugin's context, so the later goals of the build use it directly.
 */
abstract class ClusterMojo extends KindMojo {

  /** The project property that holds the cluster's name once {@code kind4j:create} made it. */
  static final String CLUSTER_PROPERTY = "kind4j.cluster";

  private static final String CONTEXT_KEY = "dev.kind4j.cluster.";

  /**
   * The cluster's name: up to 50 lowercase letters, digits, {@code .} and {@code -}. {@code kind4j:create} makes up
   * {@code kind4j-<artifactId>-<6 random characters>} when none is given and sets the project property
   * {@code kind4j.cluster} to the name, so the later goals of the build find the cluster.
   */
  @Parameter(property = CLUSTER_PROPERTY)
  String name;

  /** Skips this goal along with all tests. */
  @Parameter(property = "skipTests", defaultValue = "false")
  boolean skipTests;

  /** Skips this goal along with compiling and running the tests. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  boolean mavenTestSkip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  Optional<String> skipReason() {
    return super.skipReason().or(() -> skipTests ? Optional.of("skipTests")
        : mavenTestSkip ? Optional.of("maven.test.skip") : Optional.empty());
  }

  /** The cluster's name, when given or set by {@code kind4j:create}. */
  Optional<String> clusterName() {
    return Optional.ofNullable(name).filter(n -> !n.isBlank());
  }

  /** Keeps a cluster this build created for the goals after {@code kind4j:create}. */
  void keep(Cluster cluster) {
    context().put(CONTEXT_KEY + cluster.name(), cluster);
  }

  /** Takes the cluster of that name that this build created, if it did, out of the plugin's context. */
  Optional<Cluster> forget(String clusterName) {
    return Optional.ofNullable((Cluster) context().remove(CONTEXT_KEY + clusterName));
  }

  /** Runs {@code work} on the cluster of that name: the one this build created, else the one running on the engine. */
  void withCluster(String clusterName, Consumer<Cluster> work) {
    Cluster created = (Cluster) context().get(CONTEXT_KEY + clusterName);
    if (created != null) {
      work.accept(created);
      return;
    }
    try (Cluster attached = Kind.clusters().attach(clusterName)) {
      work.accept(attached);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> context() {
    return getPluginContext();
  }
}
