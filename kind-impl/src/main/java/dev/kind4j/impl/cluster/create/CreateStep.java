package dev.kind4j.impl.cluster.create;

/** One step of creating a cluster, reported as one of kind's status lines. */
interface CreateStep {

  /** The status line, such as {@code Starting control-plane 🕹️}. */
  String title(CreationContext context);

  /** Whether the step has anything to do for this cluster. */
  default boolean applies(CreationContext context) {
    return true;
  }

  void run(CreationContext context);
}
