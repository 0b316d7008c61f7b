package it;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;

/** Compiles against kind4j's API as a user's build would, with versions from the BOM alone. */
public final class CreatesACluster {

  private CreatesACluster() {}

  public static Cluster create() {
    return Kind.cluster().name("from-the-bom").kubernetesVersion("1.20").create();
  }
}
