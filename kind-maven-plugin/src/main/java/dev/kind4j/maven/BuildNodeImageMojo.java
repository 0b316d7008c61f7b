package dev.kind4j.maven;

import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds a node image from Kubernetes, as {@code kind build node-image} does, or reuses one built from the same
 * inputs. List it before {@code kind4j:create}, whose {@code <image>} can then name it.
 */
@Mojo(name = "build-node-image", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class BuildNodeImageMojo extends KindMojo {

  /**
   * A Kubernetes source tree, or a {@code kubernetes-server-linux-<arch>.tar.gz}; by default the current directory
   * when it is a Kubernetes tree, else {@code $GOPATH/src/k8s.io/kubernetes}.
   */
  @Parameter(property = "kind4j.source")
  File source;

  /**
   * How Kubernetes is built: {@code docker} (the default for trees), {@code host}, {@code bazel}, {@code tarball}
   * (the default for tarballs), or the type of a {@code KubernetesBuilder} plugin on the plugin's classpath.
   */
  @Parameter(property = "kind4j.type")
  String type;

  /** The reference to tag the node image with. */
  @Parameter(property = "kind4j.image", defaultValue = "kindest/node:latest")
  String image;

  /** The base image to build on; by default kind4j's, built or reused as needed. */
  @Parameter(property = "kind4j.baseImage")
  String baseImage;

  @Override
  void run() throws MojoExecutionException {
    NodeImageSettings settings = new NodeImageSettings(source == null ? null : source.toPath(), type, image,
        baseImage);
    ImageRef built = settings.configure(Kind.nodeImage()).progress(new MavenProgress(getLog())).build();
    getLog().info((built.reused() ? "Reused node image " : "Built node image ") + built);
  }
}
