package dev.kind4j.config;

/**
 * An RFC 6902 JSON patch for the kubeadm config objects of a given kind, as an entry of
 * {@code kubeadmConfigPatchesJSON6902}.
 *
 * @param group the target's API group, such as {@code kubeadm.k8s.io}; empty for the core group
 * @param version the target's API version, such as {@code v1beta3}; empty matches any version
 * @param kind the target's kind, such as {@code ClusterConfiguration}
 * @param patch the list of operations, as YAML or JSON
 */
public record PatchJson6902(String group, String version, String kind, String patch) {}
