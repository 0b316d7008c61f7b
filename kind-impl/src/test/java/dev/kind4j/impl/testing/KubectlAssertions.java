package dev.kind4j.impl.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.KindException;
import dev.kind4j.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** kubectl and HTTP from inside a cluster's nodes, for tests that use real pods. */
public final class KubectlAssertions {

  /** Sends {@code GET /} to {@code host:port} with socat in a node and returns the whole answer. */
  private static final String HTTP_GET =
      "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | socat -T5 - TCP:\"$1\":\"$2\",connect-timeout=5";

  private KubectlAssertions() {}

  /** Applies a manifest from the test resources through the control plane's kubectl. */
  public static void apply(Cluster cluster, String resource) {
    try (InputStream in = KubectlAssertions.class.getResourceAsStream(resource)) {
      String path = "/kind/manifests/test-" + resource.replaceAll("[^A-Za-z0-9.-]", "_");
      cluster.controlPlane().write(path, in.readAllBytes(), 0644);
      cluster.controlPlane().exec("kubectl", "apply", "-f", path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies a manifest given as text, written into the control plane under {@code name}. */
  public static void applyText(Cluster cluster, String name, String yaml) {
    String path = "/kind/manifests/test-" + name + ".yaml";
    cluster.controlPlane().write(path, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0644);
    cluster.controlPlane().exec("kubectl", "apply", "-f", path);
  }

  public static String kubectl(Cluster cluster, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("kubectl"));
    command.addAll(List.of(arguments));
    return cluster.controlPlane().exec(ExecRequest.builder(command.toArray(String[]::new))
        .timeout(Duration.ofMinutes(3)).build()).stdout();
  }

  /** {@code GET http://host:port/} from inside {@code node}, retried for up to a minute. */
  public static String httpGetFrom(Node node, String host, int port) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    ExecResult last = null;
    while (System.nanoTime() < deadline) {
      last = attempt(() -> node.tryExec(ExecRequest.builder("sh", "-c", HTTP_GET, "http-get", host,
          Integer.toString(port)).timeout(Duration.ofSeconds(20)).build()));
      if (last != null && last.succeeded() && last.stdout().contains("200 OK")) {
        return last.stdout();
      }
      sleep();
    }
    throw new AssertionError("no HTTP answer from " + host + ":" + port + " in " + node.name() + ": " + last);
  }

  /** {@code GET} from inside a pod, through {@code kubectl exec}, retried for up to a minute. */
  public static String httpGetFromPod(Cluster cluster, String pod, String host, int port) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    ExecResult last = null;
    while (System.nanoTime() < deadline) {
      last = attempt(() -> cluster.controlPlane().tryExec(ExecRequest.builder("kubectl", "exec", pod, "--",
          "sh", "-c", HTTP_GET, "http-get", host, Integer.toString(port)).timeout(Duration.ofSeconds(30)).build()));
      if (last != null && last.succeeded() && last.stdout().contains("200 OK")) {
        return last.stdout();
      }
      sleep();
    }
    throw new AssertionError("no HTTP answer from " + host + ":" + port + " in pod " + pod + ": " + last);
  }

  /**
   * {@code GET http://127.0.0.1:port/} from this host, retried for up to a minute: a port the engine has just
   * published may reset connections until its proxy and the node's kube-proxy rules are in place.
   */
  public static String httpGetFromHost(int port) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    Object last = null;
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return "200 OK\n" + response.body();
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      sleep();
    }
    throw new AssertionError("no HTTP answer from 127.0.0.1:" + port + " on the host: " + last);
  }

  /**
   * Every pod that {@code selector} picks answers HTTP on 8080 from every such pod, its own address included.
   *
   * @return how many requests were answered
   */
  public static int assertPodsReachEachOther(Cluster cluster, String selector) {
    List<String> pods = List.of(kubectl(cluster, "get", "pods", "-l", selector,
        "-o=jsonpath={.items[*].metadata.name}").split(" "));
    List<String> ips = List.of(kubectl(cluster, "get", "pods", "-l", selector,
        "-o=jsonpath={.items[*].status.podIP}").split(" "));
    assertThat(ips).hasSameSizeAs(pods).allSatisfy(ip -> assertThat(ip).isNotBlank());
    for (String from : pods) {
      for (String to : ips) {
        assertHello(httpGetFromPod(cluster, from, to, 8080));
      }
    }
    return pods.size() * ips.size();
  }

  /** Polls a pod's phase each second until it is {@code Succeeded} or {@code Failed}, or {@code timeout} passes. */
  public static String awaitPodEnd(Cluster cluster, String pod, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String phase = "";
    while (!phase.equals("Succeeded") && !phase.equals("Failed") && System.nanoTime() < deadline) {
      sleep();
      phase = kubectl(cluster, "get", "pod", pod, "-o=jsonpath={.status.phase}");
    }
    return phase;
  }

  /** One try; a command that outlives its limit counts as a failed try, to be retried. */
  private static ExecResult attempt(java.util.function.Supplier<ExecResult> request) {
    try {
      return request.get();
    } catch (KindException e) {
      return null;
    }
  }

  public static void assertHello(String answer) {
    assertThat(answer).contains("200 OK").contains("hello from kind4j");
  }


  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
