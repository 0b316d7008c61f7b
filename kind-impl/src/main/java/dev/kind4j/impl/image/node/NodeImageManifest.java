package dev.kind4j.impl.image.node;

import java.util.List;

/**
 * What a kind4j node image holds, written to {@value #PATH} so cluster creation can adapt: which
 * images containerd already has, and whether DNS, CNI and storage images are among them. Images
 * without this file (such as kind's own {@code kindest/node}) follow kind's layout.
 *
 * @param kubernetesVersion such as {@code v1.20.2}
 * @param images every image preloaded into containerd's {@code k8s.io} namespace
 * @param pauseImage the sandbox image containerd is configured with
 * @param etcdImage the etcd image when it is not the one kubeadm would pick, else {@code null}
 * @param dns whether kubeadm's CoreDNS image is preloaded
 * @param offlineDnsImage kind4j's offline cluster DNS image (unbound fed from the API server), preloaded when CoreDNS
 *     is not; {@code null} when CoreDNS is, or in images built before kind4j had it
 * @param cni whether a CNI image and manifest are included
 * @param storage whether a storage provisioner image and manifest are included
 */
public record NodeImageManifest(String kubernetesVersion, List<String> images, String pauseImage,
    ImageName etcdImage, boolean dns, String offlineDnsImage, boolean cni, boolean storage) {

  /** Where a node image keeps its manifest. */
  public static final String PATH = "/kind/kind4j-node.json";

  /** An image split as kubeadm's {@code imageRepository} and {@code imageTag} settings take it. */
  public record ImageName(String repository, String tag) {}

  public NodeImageManifest {
    images = List.copyOf(images);
  }
}
