package dev.kind4j.impl.cluster.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.impl.util.Yaml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The default StorageClass {@code standard} for node images that carry no storage manifest, made to work
 * without a provisioner image: kind4j creates {@code volumesPerNode} local PersistentVolumes on each node ahead,
 * and a claim of the class binds to one of them on the node its pod is scheduled to.
 *
 * <p>A claim binds only if it asks for at most {@code capacity}, which does not limit what a pod writes. No provisioner deletes a released
 * volume, so each volume serves one claim: deleting the claim leaves the volume {@code Released}, data kept.
 *
 * @param volumesPerNode how many volumes each node gets, at least 1
 * @param capacity each volume's nominal size as a Kubernetes quantity, such as {@code 10Gi}
 */
public record DefaultStorage(int volumesPerNode, String capacity) {

  /** The node directory that holds one directory per volume, on the node's {@code /var} volume. */
  private static final String VOLUME_ROOT = "/var/kind4j/volumes";

  private static final ObjectNode STORAGE_CLASS_TEMPLATE = Yaml.resource(DefaultStorage.class, "storage-class.yaml");
  private static final ObjectNode VOLUME_TEMPLATE = Yaml.resource(DefaultStorage.class, "persistent-volume.yaml");
  private static final Pattern QUANTITY = Pattern.compile("[1-9][0-9]*(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");
  // A volume's name, kind4j-pv-<node>-<n>, must be a DNS subdomain name, so the node name must fit one too.
  private static final Pattern NODE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,200}[a-z0-9])?");

  /** @throws IllegalArgumentException if there is no volume per node or the capacity is no quantity */
  public DefaultStorage {
    if (volumesPerNode < 1) {
      throw new IllegalArgumentException("volumesPerNode must be at least 1, but is " + volumesPerNode);
    }
    if (capacity == null || !QUANTITY.matcher(capacity).matches()) {
      throw new IllegalArgumentException("capacity '" + capacity + "' is not a size such as 10Gi or 500Mi");
    }
  }

  /**
   * The StorageClass and every node's volumes, as one multi-document YAML stream for {@code kubectl apply -f}.
   *
   * @param nodeNames the nodes whose pods may use the volumes, each its {@code kubernetes.io/hostname} label
   * @throws IllegalArgumentException if there is no node, or a name repeats or cannot name a volume
   */
  public String manifest(List<String> nodeNames) {
    checkNodeNames(nodeNames);
    List<JsonNode> documents = new ArrayList<>();
    documents.add(STORAGE_CLASS_TEMPLATE.deepCopy());
    for (String node : nodeNames) {
      for (int n = 1; n <= volumesPerNode; n++) {
        documents.add(volume(node, n));
      }
    }
    return Yaml.writeAll(documents);
  }

  /** The argument array that creates the volumes' directories on a node, writable by pods of any user. */
  public List<String> prepareNodeCommand() {
    List<String> command = new ArrayList<>(List.of("mkdir", "-p", "-m", "0777"));
    IntStream.rangeClosed(1, volumesPerNode).mapToObj(DefaultStorage::volumePath).forEach(command::add);
    return List.copyOf(command);
  }

  /** Where the {@code n}th volume of a node lives on that node, counting from 1. */
  private static String volumePath(int n) {
    return VOLUME_ROOT + "/pv-" + n;
  }

  private ObjectNode volume(String node, int n) {
    ObjectNode volume = VOLUME_TEMPLATE.deepCopy();
    ((ObjectNode) volume.path("metadata")).put("name", "kind4j-pv-" + node + "-" + n);
    ObjectNode spec = (ObjectNode) volume.path("spec");
    ((ObjectNode) spec.path("capacity")).put("storage", capacity);
    ((ObjectNode) spec.path("local")).put("path", volumePath(n));
    ((ArrayNode) spec.at("/nodeAffinity/required/nodeSelectorTerms/0/matchExpressions/0/values")).add(node);
    return volume;
  }

  private static void checkNodeNames(List<String> nodeNames) {
    if (nodeNames.isEmpty()) {
      throw new IllegalArgumentException("default storage needs at least one node");
    }
    Set<String> seen = new HashSet<>();
    for (String node : nodeNames) {
      if (node == null || !NODE_NAME.matcher(node).matches()) {
        throw new IllegalArgumentException("node name '" + node + "' cannot name a volume; it must be lowercase "
            + "letters, digits, '-' and '.', starting and ending with a letter or digit");
      }
      if (!seen.add(node)) {
        throw new IllegalArgumentException("node '" + node + "' is named twice");
      }
    }
  }
}
