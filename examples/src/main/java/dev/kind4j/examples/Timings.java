package dev.kind4j.examples;

import dev.kind4j.Cluster;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.ProgressListener;
import dev.kind4j.RootFsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures kind4j's expensive operations on this machine and prints a table; nothing is asserted.
 *
 * <p>Usage: {@code Timings <kubernetes source tree> [base|node|cluster]...} (all when none is named).
 * {@code base}: a cold base image build (rebuild forced) and a warm one. {@code node}: a node image
 * build as found (cold when nothing is cached), a warm no-op, one after touching a file under
 * {@code cmd/kubelet} (same content), and one after changing that file's content. {@code cluster}:
 * {@code create()} to control-plane Ready for 1 and 3 nodes with each step's time (node boot is
 * "Preparing nodes"), and each node's resident memory.
 */
public final class Timings {

  private Timings() {}

  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]);
    List<String> parts = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("base", "node", "cluster");
    if (parts.contains("base")) {
      time("base image, cold (rebuild)", () -> Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).rebuild(true).build());
      time("base image, warm", () -> Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).build());
    }
    if (parts.contains("node")) {
      Supplier<ImageRef> build = () -> Kind.nodeImage().fromSource(tree).image("kind4j/node:timings")
          .progress(ProgressListener.NONE).build();
      time("node image, as found", build);
      time("node image, warm no-op", build);
      Path kubelet = tree.resolve("cmd/kubelet/kubelet.go");
      Files.setLastModifiedTime(kubelet, FileTime.fromMillis(System.currentTimeMillis()));
      time("node image, after touching cmd/kubelet/kubelet.go", build);
      String original = Files.readString(kubelet);
      try {
        Files.writeString(kubelet, original + "\n// timings\n");
        time("node image, after changing cmd/kubelet/kubelet.go", build);
      } finally {
        Files.writeString(kubelet, original);
      }
    }
    if (parts.contains("cluster")) {
      for (int workers : new int[] {0, 2}) {
        long start = System.nanoTime();
        ProgressListener steps = new ProgressListener() {
          @Override
          public void stepSucceeded(String step, Duration took) {
            report("  " + step, took);
          }
        };
        try (Cluster cluster = Kind.cluster().name("kind4j-timings").image("kind4j/node:timings").workers(workers)
            .progress(steps).kubeconfigPath(Files.createTempFile("kind4j-timings", ".conf")).create()) {
          report((workers + 1) + "-node cluster, create() to control-plane Ready", Duration.ofNanos(System.nanoTime() - start));
          for (Node node : cluster.nodes()) {
            System.out.printf("  %-40s %6.0f MiB resident (page cache excluded)%n", node.name(), residentBytes(node) / 1048576.0);
          }
        }
      }
    }
  }

  /** The node's resident memory: {@code total_rss} of cgroup v1's memory.stat, {@code anon} on cgroup v2. */
  private static long residentBytes(Node node) {
    String stat = node.exec("sh", "-c", "cat /sys/fs/cgroup/memory/memory.stat 2>/dev/null || cat /sys/fs/cgroup/memory.stat")
        .stdout();
    return stat.lines().filter(line -> line.startsWith("total_rss ") || line.startsWith("anon "))
        .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(' ') + 1).strip())).findFirst().orElse(-1);
  }

  private static void time(String what, Supplier<?> work) {
    long start = System.nanoTime();
    Object result = work.get();
    report(what + " (" + result + ")", Duration.ofNanos(System.nanoTime() - start));
  }

  private static void report(String what, Duration took) {
    System.out.printf("%-100s %8.1f s%n", what, took.toMillis() / 1000.0);
  }
}
