package dev.kind4j.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a real kind cluster: created before its first test, deleted after its last.
 *
 * <pre>{@code
 * @KindCluster(workers = 1)
 * class OperatorTest {
 *
 *   @KindInject static Cluster cluster;
 *
 *   @Test
 *   void hasTwoNodes(KubernetesClient client) {
 *     assertThat(client.nodes().list().getItems()).hasSize(2);
 *   }
 * }
 * }</pre>
 *
 * <p><b>Runtime.</b> {@code dev.kind4j:kind-impl} must be on the test classpath, and a Docker engine must answer.
 * Without one the class fails, saying so; with {@link #disabledWithoutDocker()} it is skipped instead.
 *
 * <p><b>Injection.</b> Test, lifecycle and constructor parameters are resolved by type:
 * <ul>
 *   <li>{@link dev.kind4j.Cluster}: the cluster;
 *   <li>{@code String} annotated {@link Kubeconfig}: the kubeconfig YAML for use from this host;
 *   <li>{@code java.nio.file.Path} annotated {@link Kubeconfig}: the kubeconfig file the cluster was exported to,
 *       a temporary file of its own (the user's {@code ~/.kube/config} is never touched);
 *   <li>{@code String} annotated {@link KindNamespace}: the namespace the class should use;
 *   <li>{@code io.fabric8.kubernetes.client.KubernetesClient}, when {@code io.fabric8:kubernetes-client} is on the
 *       test classpath: a client for the cluster whose default namespace is the class's namespace; one per class,
 *       closed after it.
 * </ul>
 * Fields are injected by the same rules when they carry {@link KindInject}, {@link Kubeconfig} or
 * {@link KindNamespace} and are neither private nor final: static fields before {@code @BeforeAll} methods run,
 * instance fields when the test instance is created. {@code @Nested} classes use their enclosing class's cluster
 * unless annotated themselves.
 *
 * <p><b>Names.</b> Unless {@link #name()} is given, every cluster gets a fresh name,
 * {@code kind4j-<class name>-<6 random characters>}, so classes may run in parallel, also across JVMs.
 *
 * <p><b>Reuse.</b> With {@link #reuse()}, classes of one test run that ask for the same cluster (the same
 * {@link #name()}, {@link #image()}, {@link #config()} content and {@link #workers()}) share one, created by the
 * first of them, named {@code kind4j-shared-<6 random characters>} unless {@link #name()} is given, and deleted
 * when the whole run ends. Each class then gets a namespace of its own,
 * {@code kind4j-<class name>-<6 random characters>}, deleted after the class; tests should create their objects
 * there. The first class's {@link #waitSeconds()} and {@link #retainOnFailure()} apply.
 *
 * <p><b>Testcontainers.</b> The nodes are containers on the engine network {@code kind}. A Testcontainers container
 * joins it with {@code withNetworkMode("kind")}; from there it reaches the API server with
 * {@link dev.kind4j.Cluster#internalKubeconfig()} and the nodes by name, and the nodes, and through them the pods,
 * reach it at its address on that network. The nodes cannot yet join a Testcontainers {@code Network}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(KindClusterExtension.class)
public @interface KindCluster {

  /**
   * The cluster's name: up to 50 lowercase letters, digits, {@code .} and {@code -}. By default a fresh one;
   * {@code KIND_CLUSTER_NAME} is ignored.
   */
  String name() default "";

  /** The node image, such as {@code kindest/node:v1.20.2}; by default {@link dev.kind4j.ClusterBuilder}'s. */
  String image() default "";

  /**
   * The Kubernetes version, such as {@code "1.31"} or {@code "v1.31.4"}, that picks the node image instead of
   * {@link #image()}; see {@link dev.kind4j.ClusterBuilder#kubernetesVersion(String)}.
   */
  String kubernetesVersion() default "";

  /**
   * A kind v1alpha4 {@code Cluster} config: the classpath resource of that name, such as {@code kind-config.yaml}
   * or {@code /kind-config.yaml}, else a file path. None by default.
   */
  String config() default "";

  /** Worker nodes beside the control plane; cannot be combined with a {@link #config()} that lists nodes. */
  int workers() default 0;

  /** How long to wait for the control plane to become Ready, in seconds. */
  long waitSeconds() default 300;

  /** Keeps the nodes when creating the cluster fails, for debugging; by default they are removed. */
  boolean retainOnFailure() default false;

  /**
   * Where to export the cluster's logs when a test of the class failed: {@code <directory>/<cluster name>}, or
   * {@code <directory>/<cluster name>/<namespace>} for a reused cluster. Relative to the working directory;
   * {@code ""} exports nothing.
   */
  String exportLogsOnFailure() default "target/kind-logs";

  /**
   * Starts the cluster from a snapshot of a bootstrapped one, in seconds; the first class to ask creates it cold
   * and saves the snapshot. Each class still gets a cluster of its own. See {@code ClusterBuilder.warmStart}.
   */
  boolean warmStart() default false;

  /** Shares one cluster among the classes of a test run that ask for the same one; see the class description. */
  boolean reuse() default false;

  /** Skips the class, instead of failing it, when no Docker engine answers. */
  boolean disabledWithoutDocker() default false;
}
