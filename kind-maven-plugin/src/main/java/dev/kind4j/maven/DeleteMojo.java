package dev.kind4j.maven;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deletes the cluster and removes its context from the kubeconfig file. Bound to {@code post-integration-test}, it
 * runs after failed integration tests too as long as failsafe's {@code integration-test} goal runs them and its
 * {@code verify} goal, later, fails the build: use both goals, not {@code test} or {@code integration-test} alone.
 */
@Mojo(name = "delete", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class DeleteMojo extends ClusterMojo {

  /** The kubeconfig file to remove the cluster's context from. */
  @Parameter(property = CreateMojo.KUBECONFIG_PROPERTY, defaultValue = "${project.build.directory}/kind4j/kubeconfig")
  File kubeconfig;

  @Override
  void run() {
    Optional<String> clusterName = clusterName();
    if (clusterName.isEmpty()) {
      getLog().info("No cluster to delete: kind4j:create did not run in this build and <name> is not set");
      return;
    }
    getLog().info("Deleting cluster " + clusterName.get());
    Optional<Cluster> created = forget(clusterName.get());
    if (created.isPresent()) {
      created.get().close();
    } else {
      Kind.clusters().delete(clusterName.get(), kubeconfig.toPath());
    }
    getLog().info("Deleted cluster " + clusterName.get());
  }
}
