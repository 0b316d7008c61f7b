package dev.kind4j.maven;

import dev.kind4j.Node;
import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Loads images into every node of the cluster, or those listed in {@code nodes}, as {@code kind load docker-image}
 * does, so pods run them with {@code imagePullPolicy: Never} or {@code IfNotPresent}. Nodes that already hold an
 * image are skipped.
 */
@Mojo(name = "load", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class LoadMojo extends ClusterMojo {

  /** Local images, by reference, such as {@code my-app:dev}: typically built earlier in the build. */
  @Parameter(property = "kind4j.images")
  List<String> images;

  /** {@code docker save} archives to load. */
  @Parameter(property = "kind4j.archives")
  List<File> archives;

  /** Container names of the nodes to load into, such as {@code kind-worker}; every node when not set. */
  @Parameter(property = "kind4j.nodes")
  List<String> nodes;

  @Override
  void run() throws MojoExecutionException {
    List<String> references = images == null ? List.of() : images;
    List<File> files = archives == null ? List.of() : archives;
    List<String> named = nodes == null ? List.of() : nodes;
    if (references.isEmpty() && files.isEmpty()) {
      throw Parameters.invalid("images", "kind4j.images", "nothing to load; list local images "
          + "such as <images><image>my-app:dev</image></images>, or docker save files in <archives>");
    }
    for (File archive : files) {
      if (!archive.isFile()) {
        throw Parameters.invalid("archives", "kind4j.archives", archive + " is not a file; give docker save "
            + "archives, relative to the project's directory");
      }
    }
    String clusterName = clusterName().orElseThrow(() -> new MojoExecutionException("kind4j:load found no cluster: "
        + "run kind4j:create earlier in the build, or set <name> to the name of a running cluster"));
    withCluster(clusterName, cluster -> {
      List<String> into = named.isEmpty() ? cluster.nodes().stream().map(Node::name).toList() : named;
      if (!references.isEmpty()) {
        cluster.loadImages(into, references.toArray(String[]::new));
      }
      files.forEach(archive -> cluster.loadImageArchive(into, archive.toPath()));
    });
    List<String> loaded = Stream.concat(references.stream(), files.stream().map(File::getName)).toList();
    String into = named.isEmpty() ? "" : " nodes " + String.join(", ", named) + " of";
    getLog().info("Loaded " + String.join(", ", loaded) + " into" + into + " cluster " + clusterName);
  }
}
