package dev.kind4j.config;

import dev.kind4j.NodeRole;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a cluster, as an entry of kind's {@code nodes}. Collections are copied; {@code null} stands
 * for empty.
 *
 * @param role the node's role, or {@code null} for kind's default, {@link NodeRole#CONTROL_PLANE}
 * @param image the node image, or {@code null} for kind4j's default node image
 * @param labels Kubernetes labels for the node
 * @param extraMounts host paths to mount into the node
 * @param extraPortMappings host ports to forward to the node
 * @param kubeadmConfigPatches merge patches for this node's kubeadm config, each a YAML document with a {@code kind}
 * @param kubeadmConfigPatchesJSON6902 JSON patches for this node's kubeadm config
 */
public record NodeConfig(
    NodeRole role,
    String image,
    Map<String, String> labels,
    List<Mount> extraMounts,
    List<PortMapping> extraPortMappings,
    List<String> kubeadmConfigPatches,
    List<PatchJson6902> kubeadmConfigPatchesJSON6902) {

  public NodeConfig {
    labels = Copies.map("labels", labels);
    extraMounts = Copies.list("extraMounts", extraMounts);
    extraPortMappings = Copies.list("extraPortMappings", extraPortMappings);
    kubeadmConfigPatches = Copies.list("kubeadmConfigPatches", kubeadmConfigPatches);
    kubeadmConfigPatchesJSON6902 = Copies.list("kubeadmConfigPatchesJSON6902", kubeadmConfigPatchesJSON6902);
  }

  /** A node with {@code role} and nothing else set. */
  public static NodeConfig of(NodeRole role) {
    return new NodeConfig(Objects.requireNonNull(role, "role"), null, null, null, null, null, null);
  }

  /** A control-plane node with nothing else set. */
  public static NodeConfig controlPlane() {
    return of(NodeRole.CONTROL_PLANE);
  }

  /** A worker node with nothing else set. */
  public static NodeConfig worker() {
    return of(NodeRole.WORKER);
  }

  /** This node, running {@code image}, such as {@code kindest/node:v1.31.0}. */
  public NodeConfig withImage(String image) {
    return new NodeConfig(role, image, labels, extraMounts, extraPortMappings, kubeadmConfigPatches,
        kubeadmConfigPatchesJSON6902);
  }

  /** This node, with the label {@code key=value} added or replaced. */
  public NodeConfig withLabel(String key, String value) {
    return new NodeConfig(role, image, Copies.putting(labels, key, value), extraMounts, extraPortMappings,
        kubeadmConfigPatches, kubeadmConfigPatchesJSON6902);
  }

  /** This node, with {@code mount} added. */
  public NodeConfig withExtraMount(Mount mount) {
    return new NodeConfig(role, image, labels, Copies.adding(extraMounts, mount), extraPortMappings,
        kubeadmConfigPatches, kubeadmConfigPatchesJSON6902);
  }

  /** This node, with {@code mapping} added. */
  public NodeConfig withExtraPortMapping(PortMapping mapping) {
    return new NodeConfig(role, image, labels, extraMounts, Copies.adding(extraPortMappings, mapping),
        kubeadmConfigPatches, kubeadmConfigPatchesJSON6902);
  }

  /** This node, with the kubeadm merge patch {@code yaml} added. */
  public NodeConfig withKubeadmConfigPatch(String yaml) {
    return new NodeConfig(role, image, labels, extraMounts, extraPortMappings,
        Copies.adding(kubeadmConfigPatches, yaml), kubeadmConfigPatchesJSON6902);
  }
}
