package dev.kind4j.impl.cluster.kubeadm;

/**
 * A JSON Patch (RFC 6902) for the kubeadm documents of one kind, as kind's {@code
 * kubeadmConfigPatchesJSON6902} entries.
 *
 * @param group such as {@code kubeadm.k8s.io}; empty for the core group
 * @param version such as {@code v1beta3}; with {@code group} empty too, any version matches
 * @param kind such as {@code ClusterConfiguration}
 * @param patch the operations, as a YAML or JSON list
 */
public record Json6902Patch(String group, String version, String kind, String patch) {

  public Json6902Patch {
    group = group == null ? "" : group;
    version = version == null ? "" : version;
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("kind: a JSON 6902 patch must name the kind it patches");
    }
    if (patch == null) {
      throw new IllegalArgumentException("patch: a JSON 6902 patch for " + kind + " has no operations");
    }
  }

  /** The {@code apiVersion} documents must have, {@code group/version} or just {@code version}; empty matches any. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }
}
