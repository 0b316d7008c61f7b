package dev.kind4j.impl.cluster.snapshot;

/** The labels that mark a snapshot's node images; snapshots are found by them alone. */
public final class SnapshotLabels {

  /** The snapshot's key (see {@link SnapshotKey}). */
  public static final String KEY = "dev.kind4j.snapshot";
  /** The node's position in the cluster, control planes first, from 0. */
  public static final String NODE_INDEX = "dev.kind4j.snapshot.node";
  /** The node image the cluster was created from. */
  public static final String NODE_IMAGE = "dev.kind4j.snapshot.node-image";

  private SnapshotLabels() {}
}
