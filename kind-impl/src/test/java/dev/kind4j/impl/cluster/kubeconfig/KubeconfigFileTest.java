package dev.kind4j.impl.cluster.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.Yaml;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigFileTest {

  /** The uid and gid of nobody, whom a test gives a file to. */
  private static final int NOBODY = 65534;

  @TempDir
  Path home;

  private Path defaultConfig() {
    return home.resolve(".kube").resolve("config");
  }

  private static List<String> contexts(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    KubeconfigFile.read(file).path("contexts").forEach(c -> names.add(c.path("name").asText()));
    return names;
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void exportCreatesAPrivateFileInPrivateDirectories() throws IOException {
    Path written = Kubeconfigs.export(AdminConf.cluster("demo", 40537), null, Map.of(), home);

    assertThat(written).isEqualTo(defaultConfig());
    assertThat(Files.getOwner(written).getName()).isEqualTo(System.getProperty("user.name"));
    assertThat(mode(written)).isEqualTo("rw-------");
    assertThat(mode(written.getParent())).isEqualTo("rwx------");
    ObjectNode config = KubeconfigFile.read(written);
    assertThat(config.path("current-context").asText()).isEqualTo("kind-demo");
    assertThat(config.at("/clusters/0/cluster/server").asText()).isEqualTo("https://127.0.0.1:40537");
    assertThat(home.resolve(".kube")).isDirectoryNotContaining(p -> !p.getFileName().toString().equals("config"));
  }

  @Test
  void exportIntoAnEmptyFileWorks() throws IOException {
    Path file = home.resolve("empty");
    Files.writeString(file, "");

    Kubeconfigs.export(AdminConf.cluster("demo", 1), file, Map.of(), home);

    assertThat(contexts(file)).containsExactly("kind-demo");
  }

  @Test
  void exportKeepsTheUsersEntriesAndUnknownFieldsAndTakesAwayOthersAccess() throws Exception {
    Path file = home.resolve("config");
    Files.writeString(file, KubeconfigEditsTest.USERS_OWN);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    JsonNode before = Yaml.read(KubeconfigEditsTest.USERS_OWN);

    Kubeconfigs.export(AdminConf.cluster("demo", 40537), null, Map.of("KUBECONFIG", file.toString()), home);

    ObjectNode after = KubeconfigFile.read(file);
    assertThat(contexts(file)).containsExactly("prod", "kind-demo");
    assertThat(after.path("users").get(0)).isEqualTo(before.path("users").get(0));
    assertThat(after.path("clusters").get(0)).isEqualTo(before.path("clusters").get(0));
    assertThat(after.path("x-unknown-top-level")).isEqualTo(before.path("x-unknown-top-level"));
    assertThat(after.path("current-context").asText()).isEqualTo("kind-demo");
    assertThat(mode(file)).isEqualTo("rw-------");
  }

  @Test
  void aRewriteAsRootKeepsTheFilesOwnerGroupAndModeAndStillRenames() throws IOException {
    assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(home, "unix:uid")), "giving a file away needs root");
    Path file = home.resolve("config");
    Files.writeString(file, KubeconfigEditsTest.USERS_OWN);
    Files.setAttribute(file, "unix:uid", NOBODY);
    Files.setAttribute(file, "unix:gid", NOBODY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    Object inode = Files.getAttribute(file, "unix:ino");

    Kubeconfigs.export(AdminConf.cluster("demo", 1), file, Map.of(), home);

    assertThat(contexts(file)).containsExactly("prod", "kind-demo");
    assertThat(Files.getAttribute(file, "unix:ino")).as("replaced by a rename").isNotEqualTo(inode);
    assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(NOBODY);
    assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(NOBODY);
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(home).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".config."));
  }

  @Test
  void exportAgainReplacesTheClustersEntries() throws IOException {
    Path file = home.resolve("config");
    Kubeconfigs.export(AdminConf.cluster("demo", 1111), file, Map.of(), home);
    Kubeconfigs.export(AdminConf.cluster("other", 2222), file, Map.of(), home);

    Kubeconfigs.export(AdminConf.cluster("demo", 3333), file, Map.of(), home);

    assertThat(contexts(file)).containsExactly("kind-demo", "kind-other");
    assertThat(KubeconfigFile.read(file).at("/clusters/0/cluster/server").asText()).isEqualTo("https://127.0.0.1:3333");
  }

  @Test
  void exportGoesToTheFirstExistingKubeconfigFile() throws IOException {
    Path first = home.resolve("first");
    Path second = home.resolve("second");
    Files.writeString(second, KubeconfigEditsTest.USERS_OWN);
    String kubeconfig = first + File.pathSeparator + second;

    Path written = Kubeconfigs.export(AdminConf.cluster("demo", 1), null, Map.of("KUBECONFIG", kubeconfig), home);

    assertThat(written).isEqualTo(second);
    assertThat(first).doesNotExist();
    assertThat(contexts(second)).containsExactly("prod", "kind-demo");
  }

  @Test
  void removeCleansEveryKubeconfigFileAndCreatesNone() throws IOException {
    Path a = home.resolve("a");
    Path b = home.resolve("b");
    Path missing = home.resolve("missing").resolve("config");
    Kubeconfigs.export(AdminConf.cluster("demo", 1), a, Map.of(), home);
    Kubeconfigs.export(AdminConf.cluster("keep", 2), a, Map.of(), home);
    Kubeconfigs.export(AdminConf.cluster("demo", 1), b, Map.of(), home);
    String kubeconfig = a + File.pathSeparator + missing + File.pathSeparator + b;

    Kubeconfigs.remove("demo", null, Map.of("KUBECONFIG", kubeconfig), home);

    assertThat(contexts(a)).containsExactly("kind-keep");
    assertThat(KubeconfigFile.read(a).path("current-context").asText()).isEqualTo("kind-keep");
    assertThat(contexts(b)).isEmpty();
    assertThat(KubeconfigFile.read(b).has("current-context")).isFalse();
    assertThat(missing.getParent()).doesNotExist();
  }

  @Test
  void removeLeavesAFileWithoutTheClusterUntouched() throws IOException {
    Path file = home.resolve("config");
    Files.writeString(file, "# a comment kind must not lose\n" + KubeconfigEditsTest.USERS_OWN);

    Kubeconfigs.remove("demo", file, Map.of(), home);

    assertThat(Files.readString(file)).startsWith("# a comment kind must not lose\n");
  }

  @Test
  void aSymbolicLinkIsFollowedNotReplaced() throws IOException {
    Path real = Files.createDirectories(home.resolve("dotfiles")).resolve("kubeconfig");
    Files.writeString(real, KubeconfigEditsTest.USERS_OWN);
    Path link = Files.createSymbolicLink(home.resolve("config"), real);

    Kubeconfigs.export(AdminConf.cluster("demo", 1), link, Map.of(), home);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(contexts(real)).containsExactly("prod", "kind-demo");
  }

  @Test
  void aFileThatIsNoKubeconfigIsAClearError() throws IOException {
    Path file = home.resolve("config");
    Files.writeString(file, "- just\n- a list\n");

    assertThatThrownBy(() -> Kubeconfigs.export(AdminConf.cluster("demo", 1), file, Map.of(), home))
        .isInstanceOf(KindException.class).hasMessageContaining(file + " is not a YAML mapping");
    assertThat(Files.readString(file)).isEqualTo("- just\n- a list\n");
    assertThat(home.resolve("config.lock")).doesNotExist();
  }

  @Test
  void aLeftoverLockFileTimesOutNamingIt() throws IOException {
    Path file = home.resolve("config");
    Path lockFile = Files.createFile(home.resolve("config.lock"));

    assertThatThrownBy(() -> KubeconfigLock.acquire(file, Duration.ofMillis(200)))
        .isInstanceOf(KindException.class)
        .hasMessageContaining(lockFile.toString())
        .hasMessageContaining("delete it");

    Files.delete(lockFile);
    KubeconfigLock.acquire(file, Duration.ofMillis(200)).close();
    assertThat(lockFile).doesNotExist();
  }

  @Test
  void concurrentExportsFromManyThreadsAndAnotherJvmAllSurvive() throws Exception {
    Path file = home.resolve(".kube").resolve("config");
    int threads = 6;
    int perThread = 10;
    int fromOtherJvm = 30;
    Process otherJvm = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ExportManyMain.class.getName(), file.toString(), "jvm", String.valueOf(fromOtherJvm))
        .redirectErrorStream(true)
        .start();
    BufferedReader otherOutput = new BufferedReader(new InputStreamReader(otherJvm.getInputStream()));
    assertThat(otherOutput.readLine()).isEqualTo("ready");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          Kubeconfigs.export(AdminConf.cluster("t" + thread + "-" + i, 40000 + i), file, Map.of(), home);
        }
        return null;
      }));
    }
    for (Future<?> result : results) {
      result.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(otherJvm.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String rest = otherOutput.lines().collect(Collectors.joining("\n"));
    assertThat(otherJvm.exitValue()).as(rest).isZero();

    List<String> expected = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < perThread; i++) {
        expected.add("kind-t" + t + "-" + i);
      }
    }
    for (int i = 0; i < fromOtherJvm; i++) {
      expected.add("kind-jvm" + i);
    }
    assertThat(contexts(file)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(KubeconfigFile.read(file).path("users").size()).isEqualTo(expected.size());
    assertThat(file.getParent()).isDirectoryNotContaining(p -> !p.getFileName().toString().equals("config"));
    assertThat(mode(file)).isEqualTo("rw-------");
  }
}
