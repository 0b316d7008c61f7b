package dev.kind4j.examples;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.Registry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * kind's local-registry guide, end to end: a registry, a cluster wired to it, an image pushed from this machine with
 * the docker CLI, and a pod that pulls it by name; then everything is removed.
 *
 * <p>Usage: {@code LocalRegistry <local image with a long-running entrypoint> [--node-image ref]}, such as
 * {@code LocalRegistry my-app:dev --node-image kind4j/node:v1.20.2}.
 */
public final class LocalRegistry {

  private LocalRegistry() {}

  public static void main(String[] arguments) throws Exception {
    String app = arguments[0];
    String nodeImage = arguments.length > 2 && arguments[1].equals("--node-image") ? arguments[2] : null;
    try (Registry registry = Kind.registry().start();
         Cluster cluster = (nodeImage == null ? Kind.cluster() : Kind.cluster().image(nodeImage))
             .name("kind4j-local-registry").registry(registry).create()) {
      String pushed = registry.hostAddress() + "/app:1";
      docker("tag", app, pushed);
      docker("push", pushed);
      cluster.controlPlane().exec("kubectl", "run", "app", "--image=" + pushed, "--restart=Never");
      cluster.controlPlane().exec("kubectl", "wait", "--for=condition=Ready", "pod/app", "--timeout=120s");
      System.out.println("pod app runs " + cluster.controlPlane().exec("kubectl", "get", "pod", "app",
          "-o=jsonpath={.status.containerStatuses[0].imageID}").stdout() + ", pulled from " + registry);
      docker("rmi", pushed);
    }
  }

  private static void docker(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(arguments));
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
    }
  }
}
