package dev.kind4j.examples;

import dev.kind4j.Cluster;
import dev.kind4j.ExecResult;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Creates a kind cluster and runs a pod in it.
 *
 * <p>The node image comes from {@code --image <ref>} when given, else it is built offline from a
 * Kubernetes source tree given with {@code --source <dir>}, else kind's {@code kindest/node:v1.20.2}
 * is pulled. The cluster is deleted on exit unless {@code --keep} is given.
 */
public final class QuickStart {

  private static final String CLUSTER = "kind4j-quickstart";

  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    String image = nodeImage(arguments);
    boolean keep = arguments.contains("--keep");

    Cluster cluster = Kind.cluster().name(CLUSTER).image(image).outliveJvm(keep).create();
    try {
      Node controlPlane = cluster.controlPlane();
      String proxyImage = controlPlane.exec("kubectl", "-n", "kube-system", "get", "daemonset", "kube-proxy",
          "-o=jsonpath={.spec.template.spec.containers[0].image}").stdout();
      controlPlane.exec("kubectl", "run", "hello", "--image=" + proxyImage, "--image-pull-policy=IfNotPresent",
          "--restart=Never", "--command", "--", "kube-proxy", "--version");
      awaitSucceeded(controlPlane, "hello");
      System.out.println("\nThe pod 'hello' ran in the cluster and printed: "
          + controlPlane.exec("kubectl", "logs", "hello").stdout().strip());
      System.out.println("\nUse the cluster with kubectl:\n  kubectl --context kind-" + CLUSTER + " get nodes,pods -A");
      if (keep) {
        System.out.println("\nThe cluster stays; delete it with Kind.clusters().delete(\"" + CLUSTER + "\").");
      }
    } finally {
      if (!keep) {
        cluster.close();
        System.out.println("\nDeleted cluster " + CLUSTER + " (run with --keep to keep it).");
      }
    }
  }

  private static String nodeImage(List<String> arguments) {
    int image = arguments.indexOf("--image");
    if (image >= 0) {
      return arguments.get(image + 1);
    }
    int source = arguments.indexOf("--source");
    if (source >= 0) {
      ImageRef built = Kind.nodeImage().fromSource(Path.of(arguments.get(source + 1))).image("kind4j/node:v1.20.2")
          .progress(new ConsoleProgress()).build();
      return built.name();
    }
    return "kindest/node:v1.20.2";
  }

  private static void awaitSucceeded(Node controlPlane, String pod) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String phase = "";
    while (System.nanoTime() < deadline) {
      ExecResult result = controlPlane.exec(Duration.ofSeconds(30),
          List.of("kubectl", "get", "pod", pod, "-o=jsonpath={.status.phase}"));
      phase = result.stdout().strip();
      if (phase.equals("Succeeded")) {
        return;
      }
      if (phase.equals("Failed")) {
        break;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("pod " + pod + " did not succeed (phase '" + phase + "')");
  }
}
