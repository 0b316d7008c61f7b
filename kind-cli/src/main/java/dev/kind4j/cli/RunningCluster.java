package dev.kind4j.cli;

import dev.kind4j.Cluster;
import dev.kind4j.Kind;
import dev.kind4j.KindException;

/** Looks up the cluster a command names, with an error that says how to find the right name. */
final class RunningCluster {

  private RunningCluster() {}

  static boolean exists(String name) {
    return Kind.clusters().list().contains(name);
  }

  /** Throws unless a cluster {@code name} runs. */
  static void require(String name) {
    if (!exists(name)) {
      throw new KindException("no cluster named \"" + name + "\" runs on this engine; 'kind4j get clusters' lists "
          + "those that do, and --name picks one");
    }
  }

  /** The running cluster {@code name}; closing it lets go of it and leaves it running. */
  static Cluster attach(String name) {
    require(name);
    return Kind.clusters().attach(name);
  }
}
