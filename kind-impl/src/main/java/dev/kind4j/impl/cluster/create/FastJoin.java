package dev.kind4j.impl.cluster.create;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.ExecResult;
import dev.kind4j.impl.cluster.kubeadm.ClusterInfoSignature;
import dev.kind4j.impl.node.NodeContainer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubeadm join} without waiting for kube-controller-manager, which on a fresh control plane needs several
 * seconds before its controllers run; for workers and joining control planes alike:
 *
 * <ul>
 *   <li>it signs the cluster-info for the join token, as the bootstrap signer would: kubeadm's discovery asks again
 *       only every 5 s while the signature is missing;
 *   <li>it issues each node's kubelet client certificate on the first control plane, with kubeadm and the cluster CA,
 *       as kubeadm does for a control-plane node's own kubelet. kubelet then needs no certificate signing request,
 *       and kubeadm, which looks for the certificate only every 5 s, finds it at once.
 * </ul>
 */
final class FastJoin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KUBELET_KUBECONFIG = "/etc/kubernetes/kubelet.conf";

  private FastJoin() {}

  /** Signs the cluster-info for the join token; once is enough for every node that joins later. */
  static void signClusterInfo(CreationContext context) {
    NodeContainer controlPlane = context.bootstrapControlPlane();
    String token = context.kubeadmInputs.get(controlPlane.name()).token();
    String kubeconfig = controlPlane.exec(Duration.ofMinutes(1), List.of("kubectl", "get", "configmap", "cluster-info",
        "--namespace=kube-public", "-o=jsonpath={.data.kubeconfig}")).orThrow().stdout();
    ObjectNode patch = JSON.createObjectNode();
    patch.putObject("data").put(ClusterInfoSignature.key(token), ClusterInfoSignature.of(kubeconfig, token));
    controlPlane.exec(Duration.ofMinutes(1), List.of("kubectl", "patch", "configmap", "cluster-info",
        "--namespace=kube-public", "--type=merge", "--patch=" + patch)).orThrow();
  }

  /** Gives the node its kubelet's kubeconfig, then runs {@code kubeadm join} on it with these extra flags. */
  static void join(CreationContext context, NodeContainer node, List<String> flags) {
    node.write(KUBELET_KUBECONFIG, kubeletKubeconfig(context.bootstrapControlPlane(), context.nodeName(node)), 0600);
    Kubeadm.run(context, node, "join", flags.toArray(String[]::new));
  }

  /** A kubeconfig for the node's kubelet, {@code system:node:<name>} in {@code system:nodes}, signed by the cluster CA. */
  private static byte[] kubeletKubeconfig(NodeContainer controlPlane, String nodeName) {
    List<String> flags = List.of("user", "--config=" + WriteConfiguration.PATH, "--client-name=system:node:" + nodeName,
        "--org=system:nodes");
    ExecResult issued = controlPlane.exec(Duration.ofMinutes(1), concat(List.of("kubeadm", "kubeconfig"), flags));
    if (!issued.succeeded()) {
      // kubeadm before 1.22 keeps the command under alpha
      issued = controlPlane.exec(Duration.ofMinutes(1), concat(List.of("kubeadm", "alpha", "kubeconfig"), flags)).orThrow();
    }
    return issued.stdout().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
