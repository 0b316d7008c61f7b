package dev.kind4j.impl.cluster.kubeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.Yaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeconfigEditsTest {

  /** A user's kubeconfig with entries of its own and fields kind does not know. */
  static final String USERS_OWN = """
      apiVersion: v1
      kind: Config
      preferences:
        colors: true
      x-unknown-top-level:
        keep: [1, 2]
      clusters:
      - name: prod
        cluster:
          server: https://prod.internal:6443
          insecure-skip-tls-verify: true
          proxy-url: socks5://localhost:1080
          extensions:
          - name: client.authentication.k8s.io/exec
            extension: {audience: prod}
      contexts:
      - name: prod
        context: {cluster: prod, user: admin, namespace: web}
      users:
      - name: admin
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: get-token
            args: ["--cluster", "prod"]
            interactiveMode: Never
      current-context: prod
      """;

  private static ObjectNode parse(String yaml) throws Exception {
    return (ObjectNode) Yaml.read(yaml);
  }

  private static List<String> names(JsonNode config, String list) {
    List<String> names = new ArrayList<>();
    config.path(list).forEach(entry -> names.add(entry.path("name").asText()));
    return names;
  }

  @Test
  void fromKubeadmNamesEverythingAfterTheClusterAndPointsAtTheServer() {
    ObjectNode config = AdminConf.cluster("demo", 40537).config();

    assertThat(names(config, "clusters")).containsExactly("kind-demo");
    assertThat(names(config, "users")).containsExactly("kind-demo");
    assertThat(names(config, "contexts")).containsExactly("kind-demo");
    assertThat(config.at("/contexts/0/context/cluster").asText()).isEqualTo("kind-demo");
    assertThat(config.at("/contexts/0/context/user").asText()).isEqualTo("kind-demo");
    assertThat(config.path("current-context").asText()).isEqualTo("kind-demo");
    assertThat(config.at("/clusters/0/cluster/server").asText()).isEqualTo("https://127.0.0.1:40537");
    assertThat(config.at("/clusters/0/cluster/certificate-authority-data").asText()).startsWith("LS0t");
    assertThat(config.at("/users/0/user/client-key-data").asText()).isEqualTo("a2V5");
  }

  @Test
  void fromKubeadmKeepsTheInternalServerWhenNoneIsGiven() {
    ClusterKubeconfig internal = ClusterKubeconfig.fromKubeadm(AdminConf.text(), "demo", null);

    assertThat(internal.config().at("/clusters/0/cluster/server").asText()).isEqualTo("https://demo-control-plane:6443");
    assertThat(internal.toYaml()).contains("name: kind-demo");
  }

  @Test
  void fromKubeadmRefusesAnythingButOneOfEach() {
    String twoUsers = AdminConf.text().replace("users:\n", "users:\n- name: other\n  user: {}\n");

    assertThatThrownBy(() -> ClusterKubeconfig.fromKubeadm(twoUsers, "demo", null))
        .isInstanceOf(KindException.class).hasMessageContaining("exactly one entry in users, but has 2");
    assertThatThrownBy(() -> ClusterKubeconfig.fromKubeadm("[]", "demo", null))
        .isInstanceOf(KindException.class).hasMessageContaining("not a YAML mapping");
  }

  @Test
  void mergeIntoAnEmptyConfigGivesTheClustersOwn() throws Exception {
    ObjectNode target = Yaml.object();
    ClusterKubeconfig cluster = AdminConf.cluster("demo", 40537);

    KubeconfigEdits.merge(target, cluster);

    assertThat(target).isEqualTo(cluster.config());
    assertThat(target.path("apiVersion").asText()).isEqualTo("v1");
    assertThat(target.path("kind").asText()).isEqualTo("Config");
  }

  @Test
  void mergeKeepsEveryOtherEntryAndUnknownField() throws Exception {
    ObjectNode original = parse(USERS_OWN);
    ObjectNode target = original.deepCopy();

    KubeconfigEdits.merge(target, AdminConf.cluster("demo", 40537));

    for (String list : List.of("clusters", "users", "contexts")) {
      assertThat(target.path(list).get(0)).as(list).isEqualTo(original.path(list).get(0));
      assertThat(names(target, list)).as(list).containsExactly(names(original, list).get(0), "kind-demo");
    }
    assertThat(target.path("x-unknown-top-level")).isEqualTo(original.path("x-unknown-top-level"));
    assertThat(target.path("preferences")).isEqualTo(original.path("preferences"));
    assertThat(target.path("current-context").asText()).isEqualTo("kind-demo");
  }

  @Test
  void mergeReplacesTheClustersEntriesInPlace() throws Exception {
    ObjectNode target = parse(USERS_OWN);
    KubeconfigEdits.merge(target, AdminConf.cluster("demo", 1111));
    KubeconfigEdits.merge(target, AdminConf.cluster("other", 2222));
    target.put("current-context", "prod");

    KubeconfigEdits.merge(target, AdminConf.cluster("demo", 3333));

    assertThat(names(target, "clusters")).containsExactly("prod", "kind-demo", "kind-other");
    assertThat(names(target, "contexts")).containsExactly("prod", "kind-demo", "kind-other");
    assertThat(target.at("/clusters/1/cluster/server").asText()).isEqualTo("https://127.0.0.1:3333");
    assertThat(target.at("/clusters/2/cluster/server").asText()).isEqualTo("https://127.0.0.1:2222");
    assertThat(target.path("current-context").asText()).isEqualTo("kind-demo");
  }

  @Test
  void removeDeletesExactlyTheClustersEntries() throws Exception {
    ObjectNode original = parse(USERS_OWN);
    ObjectNode target = original.deepCopy();
    KubeconfigEdits.merge(target, AdminConf.cluster("demo", 1111));
    KubeconfigEdits.merge(target, AdminConf.cluster("demo2", 2222));

    assertThat(KubeconfigEdits.remove(target, "demo")).isTrue();

    for (String list : List.of("clusters", "users", "contexts")) {
      assertThat(names(target, list)).as(list).containsExactly(names(original, list).get(0), "kind-demo2");
    }
    assertThat(target.path("current-context").asText()).as("it named kind-demo2").isEqualTo("kind-demo2");
    assertThat(target.path("x-unknown-top-level")).isEqualTo(original.path("x-unknown-top-level"));
  }

  @Test
  void removeUnsetsTheCurrentContextOnlyIfItWasTheClusters() throws Exception {
    ObjectNode pointingThere = parse(USERS_OWN);
    KubeconfigEdits.merge(pointingThere, AdminConf.cluster("demo", 1111));
    ObjectNode pointingElsewhere = pointingThere.deepCopy().put("current-context", "prod");

    KubeconfigEdits.remove(pointingThere, "demo");
    KubeconfigEdits.remove(pointingElsewhere, "demo");

    assertThat(pointingThere.has("current-context")).isFalse();
    assertThat(pointingElsewhere.path("current-context").asText()).isEqualTo("prod");
  }

  @Test
  void removeOfAnAbsentClusterChangesNothing() throws Exception {
    ObjectNode target = parse(USERS_OWN);

    assertThat(KubeconfigEdits.remove(target, "prod")).as("only kind-prod would match").isFalse();
    assertThat(target).isEqualTo(parse(USERS_OWN));
    assertThat(KubeconfigEdits.remove(Yaml.object(), "demo")).isFalse();
  }

  @Test
  void aListThatIsNoListIsAClearError() throws Exception {
    ObjectNode broken = parse("clusters: {name: x}\n");

    assertThatThrownBy(() -> KubeconfigEdits.merge(broken, AdminConf.cluster("demo", 1)))
        .isInstanceOf(KindException.class).hasMessageContaining("'clusters' is not a list");
  }
}
