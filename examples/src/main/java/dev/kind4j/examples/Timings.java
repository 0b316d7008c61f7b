package dev.kind4j.examples;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.ImageRef;
import dev.kind4j.Kind;
import dev.kind4j.Node;
import dev.kind4j.ProgressListener;
import dev.kind4j.RootFsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures kind4j's expensive operations on this machine and prints a table; nothing is asserted.
 *
 * <p>Usage: {@code Timings <kubernetes source tree> [base|node|cluster|restart|warm|load]... [--image ref]
 * [--base-image ref] [--runs n]} (base, node and cluster when no part is named). {@code base}: a cold base image build
 * (rebuild forced) and a warm one. {@code node}: a node image build as found (cold when nothing is cached), a warm
 * no-op, one after touching a file under {@code cmd/kubelet} (same content), and one per run after changing that file's
 * content; then the image's size, its Kubernetes binaries' and that of containerd's preloaded images. {@code cluster}:
 * per run, a 1-node {@code create()} and a 1+2 {@code create()} until every node is Ready, each step timed.
 * {@code restart}: per run, a 1+1 cluster whose nodes are stopped and started again, timed until the API answers and
 * until both nodes are Ready. {@code warm}: deletes every snapshot, then for 1 and 1+1 nodes a warm-start create that
 * saves the snapshot (its size reported), then per run a cold 1-node create and warm creates of both sizes.
 * {@code load}: on one 1+2 cluster, per run, one node's {@code docker save | ctr images import} with and without
 * unpacking, {@code loadImages} into that node only, then into all three nodes, the unpack at its first use on a
 * node, then a no-op {@code loadImages}; the image is removed from the nodes between runs. Cluster figures are medians
 * over the runs (3 by default), with each node's resident memory.
 */
public final class Timings {

  private static final String CLUSTER = "kind4j-timings";

  private Timings() {}

  public static void main(String[] arguments) throws Exception {
    List<String> args = new ArrayList<>(List.of(arguments));
    String image = option(args, "--image", "kind4j/node:timings");
    int runs = Integer.parseInt(option(args, "--runs", "3"));
    String baseImage = option(args, "--base-image", null);
    Path tree = Path.of(args.get(0));
    List<String> parts = args.size() > 1 ? args.subList(1, args.size()) : List.of("base", "node", "cluster");
    if (parts.contains("base")) {
      time("base image, cold (rebuild)", () -> Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).rebuild(true).build());
      time("base image, warm", () -> Kind.baseImage().rootFs(RootFsSource.DEBOOTSTRAP).build());
    }
    if (parts.contains("node")) {
      nodeImage(tree, baseImage, runs);
    }
    if (parts.contains("cluster")) {
      Medians oneNode = new Medians();
      Medians threeNodes = new Medians();
      for (int run = 0; run < runs; run++) {
        createTimed(image, 0, oneNode);
        createTimed(image, 2, threeNodes);
      }
      oneNode.print("1-node create(), median of " + runs);
      threeNodes.print("1+2 create() until every node is Ready, median of " + runs);
    }
    if (parts.contains("warm")) {
      warm(image, runs);
    }
    if (parts.contains("load")) {
      load(image, runs);
    }
    if (parts.contains("restart")) {
      Medians restart = new Medians();
      for (int run = 0; run < runs; run++) {
        restartTimed(image, restart);
      }
      restart.print("1+1 restart of both nodes, median of " + runs);
    }
  }

  private static void createTimed(String image, int workers, Medians medians) throws Exception {
    createTimed(image, workers, medians, false);
  }

  private static void createTimed(String image, int workers, Medians medians, boolean warmStart) throws Exception {
    long start = System.nanoTime();
    long[] controlPlaneStarted = {0};
    ProgressListener steps = new ProgressListener() {
      @Override
      public void stepSucceeded(String step, Duration took) {
        medians.add(step.replaceAll("[0-9a-f]{16}", "<key>"), took);
        if (step.startsWith("Starting control-plane")) {
          controlPlaneStarted[0] = System.nanoTime();
        }
      }
    };
    try (Cluster cluster = Kind.cluster().name(CLUSTER).image(image).workers(workers).progress(steps)
        .warmStart(warmStart).kubeconfigPath(Files.createTempFile("kind4j-timings", ".conf")).create()) {
      medians.add("create() returned", Duration.ofNanos(System.nanoTime() - start));
      if (workers > 0) {
        awaitAllReady(cluster);
        long now = System.nanoTime();
        medians.add("every node Ready", Duration.ofNanos(now - start));
        if (controlPlaneStarted[0] != 0) {
          medians.add("every node Ready, after \"Starting control-plane\" ended",
              Duration.ofNanos(now - controlPlaneStarted[0]));
        }
      }
      for (Node node : cluster.nodes()) {
        medians.add(node.name().replace(CLUSTER, "") + " resident MiB", residentBytes(node) / 1048576.0);
      }
    }
  }

  private static void warm(String image, int runs) throws Exception {
    Kind.snapshots().deleteAll();
    Medians saving = new Medians();
    for (int workers : new int[] {0, 1}) {
      createTimed(image, workers, saving, true);
    }
    saving.print("warm-start creates that saved the snapshots (1, then 1+1 nodes)");
    Kind.snapshots().list().forEach(snapshot -> System.out.printf("  snapshot %s: %d images, %.0f MB as the engine"
        + " counts them%n", snapshot.key(), snapshot.images().size(), snapshot.sizeBytes() / 1e6));
    Medians cold = new Medians();
    Medians warmOne = new Medians();
    Medians warmTwo = new Medians();
    for (int run = 0; run < runs; run++) {
      createTimed(image, 0, cold, false);
      createTimed(image, 0, warmOne, true);
      createTimed(image, 1, warmTwo, true);
    }
    cold.print("1-node cold create(), median of " + runs);
    warmOne.print("1-node warm create(), median of " + runs);
    warmTwo.print("1+1 warm create(), median of " + runs);
  }

  private static void restartTimed(String image, Medians medians) throws Exception {
    try (Cluster cluster = Kind.cluster().name(CLUSTER).image(image).workers(1).progress(ProgressListener.NONE)
        .kubeconfigPath(Files.createTempFile("kind4j-timings", ".conf")).create()) {
      awaitAllReady(cluster);
      List<String> names = cluster.nodes().stream().map(Node::name).toList();
      docker("stop", names);
      long start = System.nanoTime();
      Instant restarted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      docker("start", names);
      Node controlPlane = cluster.controlPlane();
      while (!controlPlane.tryExec(ExecRequest.builder("kubectl", "get", "--raw=/readyz")
          .timeout(Duration.ofSeconds(10)).build()).succeeded()) {
        Thread.sleep(100);
      }
      medians.add("API server answers again", Duration.ofNanos(System.nanoTime() - start));
      awaitReadySince(cluster, restarted);
      medians.add("every node Ready again (heartbeat after the restart)", Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * Waits until every node reports Ready with a heartbeat at or after {@code since}: right after a restart the
   * nodes still show the Ready condition they had before it.
   */
  private static void awaitReadySince(Cluster cluster, Instant since) throws InterruptedException {
    String query = "-o=jsonpath={range .items[*]}{.status.conditions[?(@.type==\"Ready\")].status} "
        + "{.status.conditions[?(@.type==\"Ready\")].lastHeartbeatTime}{\"\\n\"}{end}";
    while (true) {
      ExecResult nodes = cluster.controlPlane().tryExec(ExecRequest.builder("kubectl", "get", "nodes", query)
          .timeout(Duration.ofSeconds(30)).build());
      if (nodes.succeeded() && nodes.stdout().lines().allMatch(line -> line.startsWith("True ")
          && !Instant.parse(line.substring(5).strip()).isBefore(since))) {
        return;
      }
      Thread.sleep(200);
    }
  }

  /** Waits with {@code kubectl wait}, which watches the nodes. */
  private static void awaitAllReady(Cluster cluster) throws InterruptedException {
    while (!cluster.controlPlane().tryExec(ExecRequest.builder("kubectl", "wait", "--for=condition=Ready", "node",
        "--all", "--timeout=120s").timeout(Duration.ofMinutes(3)).build()).succeeded()) {
      Thread.sleep(200);
    }
  }

  private static void load(String nodeImage, int runs) throws Exception {
    String image = "kind4j/timings-load:100mb";
    Path context = Files.createTempDirectory("kind4j-timings-load");
    byte[] blob = new byte[100_000_000];
    new java.util.Random(15).nextBytes(blob);
    Files.write(context.resolve("blob"), blob);
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY blob /blob\n");
    run(List.of("docker", "build", "-q", "-t", image, context.toString()));
    Medians medians = new Medians();
    try (Cluster cluster = Kind.cluster().name(CLUSTER).image(nodeImage).workers(2).progress(ProgressListener.NONE)
        .kubeconfigPath(Files.createTempFile("kind4j-timings", ".conf")).create()) {
      String worker = cluster.nodes().get(1).name();
      for (int run = 0; run < runs; run++) {
        cluster.nodes().forEach(node -> removeFromNode(node, image));
        double one = saveAndImport(image, worker, List.of());
        medians.add("one node: docker save | docker exec -i ctr images import - (s)", one);
        removeFromNode(cluster.nodes().get(1), image);
        medians.add("the same without unpacking (--no-unpack) (s)",
            saveAndImport(image, worker, List.of("--no-unpack")));
        removeFromNode(cluster.nodes().get(1), image);
        long start = System.nanoTime();
        cluster.loadImages(List.of(worker), image);
        double single = (System.nanoTime() - start) / 1e9;
        medians.add("loadImages into one named node (s)", single);
        removeFromNode(cluster.nodes().get(1), image);
        start = System.nanoTime();
        cluster.loadImages(image);
        double three = (System.nanoTime() - start) / 1e9;
        medians.add("loadImages into 3 nodes (s)", three);
        medians.add("ratio, 3 nodes to one node", three / one);
        medians.add("ratio, 3 nodes to loadImages into one node", three / single);
        start = System.nanoTime();
        cluster.nodes().get(1).exec("ctr", "--namespace=k8s.io", "images", "mount", "docker.io/" + image, "/mnt");
        medians.add("its first use on a node, where containerd unpacks it (ctr images mount) (s)",
            (System.nanoTime() - start) / 1e9);
        cluster.nodes().get(1).exec("ctr", "--namespace=k8s.io", "images", "unmount", "/mnt");
        start = System.nanoTime();
        cluster.loadImages(image);
        medians.add("loadImages, every node holds the image already (s)", (System.nanoTime() - start) / 1e9);
      }
    } finally {
      run(List.of("docker", "rmi", image));
      Files.delete(context.resolve("blob"));
      Files.delete(context.resolve("Dockerfile"));
      Files.delete(context);
    }
    medians.print("loadImages of a 100 MB image into a 1+2 cluster, median of " + runs);
  }

  /** Seconds for {@code docker save image | docker exec -i node ctr images import [flags] -}. */
  private static double saveAndImport(String image, String node, List<String> flags) throws Exception {
    List<String> importCommand = new ArrayList<>(List.of("docker", "exec", "-i", node, "ctr", "--namespace=k8s.io",
        "images", "import", "--all-platforms"));
    importCommand.addAll(flags);
    importCommand.add("-");
    long start = System.nanoTime();
    List<Process> pipeline = ProcessBuilder.startPipeline(List.of(new ProcessBuilder("docker", "save", image),
        new ProcessBuilder(importCommand).redirectOutput(ProcessBuilder.Redirect.DISCARD)));
    for (Process process : pipeline) {
      if (process.waitFor() != 0) {
        throw new IllegalStateException("docker save | ctr images import failed on " + node);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void removeFromNode(Node node, String image) {
    node.tryExec(ExecRequest.builder("ctr", "--namespace=k8s.io", "images", "rm", "--sync", "docker.io/" + image)
        .build());
  }

  private static void run(List<String> command) throws Exception {
    output(command);
  }

  private static String output(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command + " failed: " + output);
    }
    return output;
  }

  private static void docker(String verb, List<String> containers) throws Exception {
    List<String> command = new ArrayList<>(List.of("docker", verb));
    command.addAll(containers);
    run(command);
  }

  private static void nodeImage(Path tree, String baseImage, int runs) throws Exception {
    time("node image, as found", () -> buildNode(tree, baseImage, ProgressListener.NONE));
    time("node image, warm no-op", () -> buildNode(tree, baseImage, ProgressListener.NONE));
    Path kubelet = tree.resolve("cmd/kubelet/kubelet.go");
    Files.setLastModifiedTime(kubelet, FileTime.fromMillis(System.currentTimeMillis()));
    time("node image, after touching cmd/kubelet/kubelet.go", () -> buildNode(tree, baseImage, ProgressListener.NONE));
    String original = Files.readString(kubelet);
    Medians changed = new Medians();
    ProgressListener steps = new ProgressListener() {
      @Override
      public void stepSucceeded(String step, Duration took) {
        changed.add(step, took);
      }
    };
    try {
      for (int run = 1; run <= runs; run++) {
        // a new line each run, so that no run finds the previous one's image or compiled package
        Files.writeString(kubelet, original + "\n// timings " + System.nanoTime() + "\n");
        long start = System.nanoTime();
        buildNode(tree, baseImage, steps);
        changed.add("node image, in all", Duration.ofNanos(System.nanoTime() - start));
      }
    } finally {
      Files.writeString(kubelet, original);
    }
    changed.print("node image after a one-line change in cmd/kubelet/kubelet.go, per step, median of " + runs);
    printSizes("kind4j/node:timings");
  }

  private static ImageRef buildNode(Path tree, String baseImage, ProgressListener progress) {
    var builder = Kind.nodeImage().fromSource(tree).image("kind4j/node:timings").progress(progress);
    return (baseImage == null ? builder : builder.baseImage(baseImage)).build();
  }

  /** The node image's size as the engine counts it, then its Kubernetes binaries and containerd's preloaded images. */
  private static void printSizes(String image) throws Exception {
    String size = output(List.of("docker", "image", "inspect", "--format={{.Size}}", image)).strip();
    printMegabytes("node image " + image, Long.parseLong(size));
    String usage = output(List.of("docker", "run", "--rm", "--entrypoint=du", image, "-sb", "/usr/bin/kubeadm",
        "/usr/bin/kubelet", "/usr/bin/kubectl", "/var/lib/containerd"));
    for (String line : usage.lines().toList()) {
      String[] fields = line.split("\\s+");
      printMegabytes("  " + fields[1], Long.parseLong(fields[0]));
    }
  }

  private static void printMegabytes(String what, long bytes) {
    System.out.printf("%-100s %8.1f MB%n", what, bytes / 1e6);
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at < 0) {
      return fallback;
    }
    String value = args.get(at + 1);
    args.subList(at, at + 2).clear();
    return value;
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
    System.out.printf("%-100s %8.1f s%n", what + " (" + result + ")", (System.nanoTime() - start) / 1e9);
  }

  /** Figures per label, in the order first seen, printed as medians with every run's value. */
  private static final class Medians {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    void add(String label, Duration took) {
      add(label + " (s)", took.toMillis() / 1000.0);
    }

    void add(String label, double value) {
      values.computeIfAbsent(label, key -> new ArrayList<>()).add(value);
    }

    void print(String title) {
      System.out.println(title);
      values.forEach((label, list) -> {
        List<Double> sorted = list.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf("  %-90s %8.1f   runs %s%n", label, median, list);
      });
    }
  }
}
