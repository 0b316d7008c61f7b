package dev.kind4j.impl.node;

import dev.kind4j.impl.util.Resources;
import dev.kind4j.impl.util.Tar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A socket-activated responder in the node that answers Docker's {@code /info} with just a root directory. cAdvisor
 * in kubelet before 1.24 asks Docker for its root directory when kubelet starts and, with no Docker to answer,
 * retries for 5 s; pointed here by kubelet's {@code --docker} flag it goes on at once and still registers no Docker
 * support, as the answer names no version. That saves 5 s on every kubelet start: in {@code kubeadm init}, in
 * {@code kubeadm join}, and after a restart.
 */
public final class DockerInfoResponder {

  /** Where kubelet's {@code --docker} flag points cAdvisor. */
  public static final String ENDPOINT = "unix:///run/kind4j-docker-info.sock";

  private static final String RESOURCES = "/dev/kind4j/impl/node/";
  private static final String SOCKET = "kind4j-docker-info.socket";

  private DockerInfoResponder() {}

  /** Writes the responder and its units into the node and starts listening. */
  public static void install(NodeContainer node) {
    Map<String, Tar.Entry> files = new LinkedHashMap<>();
    files.put("/usr/local/bin/kind4j-docker-info", new Tar.Entry(Resources.bytes(RESOURCES + "kind4j-docker-info"), 0755));
    for (String unit : List.of(SOCKET, "kind4j-docker-info@.service")) {
      files.put("/etc/systemd/system/" + unit, new Tar.Entry(Resources.bytes(RESOURCES + unit), 0644));
    }
    node.writeAll(files);
    node.enableNow(SOCKET);
  }
}
