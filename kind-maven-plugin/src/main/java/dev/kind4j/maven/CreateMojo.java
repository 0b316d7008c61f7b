package dev.kind4j.maven;

import dev.kind4j.Cluster;
import dev.kind4j.ClusterNames;
import dev.kind4j.Kind;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a kind cluster for the integration tests, as {@code @KindCluster} does for a test class. Its kubeconfig is
 * written to {@link #kubeconfig}, whose absolute path the project property {@code kind4j.kubeconfig} holds
 * afterwards, with the cluster's name in {@code kind4j.cluster}; failsafe passes them on with
 * {@code <systemPropertyVariables>} or {@code <environmentVariables><KUBECONFIG>${kind4j.kubeconfig}</KUBECONFIG>}.
 *
 * <p>The cluster is removed by {@code kind4j:delete}, or at the latest when the build's JVM ends, however it ends.
 */
@Mojo(name = "create", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class CreateMojo extends ClusterMojo {

  /** The project property that holds the absolute path of the kubeconfig file once the cluster runs. */
  static final String KUBECONFIG_PROPERTY = "kind4j.kubeconfig";

  /** The node image, such as {@code kindest/node:v1.20.2}; by default kind4j's, which depends on its version. */
  @Parameter(property = "kind4j.image")
  String image;

  /**
   * The Kubernetes version, such as {@code 1.31} or {@code v1.31.4}, that picks the node image instead of
   * {@link #image}: a local node image of that version built by kind4j, else the matching {@code kindest/node}.
   */
  @Parameter(property = "kind4j.kubernetesVersion")
  String kubernetesVersion;

  /** A kind v1alpha4 {@code Cluster} config file. */
  @Parameter(property = "kind4j.config")
  File config;

  /** Worker nodes beside the control plane; cannot be combined with a {@link #config} that lists nodes. */
  @Parameter(property = "kind4j.workers", defaultValue = "0")
  int workers;

  /** How long to wait for the control plane to become Ready, in seconds. */
  @Parameter(property = "kind4j.waitSeconds", defaultValue = "300")
  long waitSeconds;

  /** Keeps the nodes when creating the cluster fails, for debugging; by default they are removed. */
  @Parameter(property = "kind4j.retainOnFailure", defaultValue = "false")
  boolean retainOnFailure;

  /** Starts the cluster from a snapshot of a bootstrapped one, in seconds; the first such create saves it. */
  @Parameter(property = "kind4j.warmStart", defaultValue = "false")
  boolean warmStart;

  /** The kubeconfig file the cluster's context {@code kind-<name>} is written to, and made current in. */
  @Parameter(property = KUBECONFIG_PROPERTY, defaultValue = "${project.build.directory}/kind4j/kubeconfig")
  File kubeconfig;

  @Override
  void run() throws MojoExecutionException {
    String clusterName = clusterName().orElseGet(() -> ClusterNames.fresh(project.getArtifactId()));
    ClusterSettings settings = new ClusterSettings(clusterName, image, kubernetesVersion,
        config == null ? null : config.toPath(), workers, waitSeconds, retainOnFailure, warmStart);
    Cluster cluster = settings.configure(Kind.cluster()).kubeconfigPath(kubeconfig.toPath())
        .progress(new MavenProgress(getLog())).create();
    keep(cluster);
    String path = kubeconfig.getAbsolutePath();
    project.getProperties().setProperty(CLUSTER_PROPERTY, cluster.name());
    project.getProperties().setProperty(KUBECONFIG_PROPERTY, path);
    getLog().info("Cluster " + cluster.name() + " runs; its kubeconfig is " + path + " (context kind-"
        + cluster.name() + "), in the properties " + KUBECONFIG_PROPERTY + " and " + CLUSTER_PROPERTY);
  }
}
