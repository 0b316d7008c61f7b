package dev.kind4j;

import java.util.List;

/** The warm-start snapshots on this engine (see {@link ClusterBuilder#warmStart(boolean)}). */
public interface Snapshots {

  /** Every snapshot, newest first. */
  List<Snapshot> list();

  /** Removes the snapshot's images; clusters started from it keep running. Unknown keys are ignored. */
  void delete(String key);

  /** Removes every snapshot. */
  default void deleteAll() {
    list().forEach(snapshot -> delete(snapshot.key()));
  }
}
