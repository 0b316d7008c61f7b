package dev.kind4j.impl.cluster.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.KindException;
import dev.kind4j.impl.util.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineDnsTest {

  private static final String IMAGE = "kind4j.local/kind4j-dns:0123456789ab";
  private static final String KUBELET_CONFIG = """
      apiVersion: kubelet.config.k8s.io/v1beta1
      kind: KubeletConfiguration
      clusterDNS:
      - 10.96.0.10
      clusterDomain: cluster.local
      """;

  @Test
  void takesTheAddressAndDomainKubeletHandsToPods() {
    assertThat(OfflineDns.forKubelet(IMAGE, KUBELET_CONFIG))
        .isEqualTo(new OfflineDns(IMAGE, "10.96.0.10", "cluster.local"));
    assertThat(OfflineDns.forKubelet(IMAGE, KUBELET_CONFIG.replace("cluster.local", "corp.example.")
        .replace("10.96.0.10", "fd00:10:96::a")))
        .isEqualTo(new OfflineDns(IMAGE, "fd00:10:96::a", "corp.example"));
  }

  @Test
  void aKubeletConfigWithoutClusterDnsNamesTheSettingAndWhereToFixIt() {
    assertThatThrownBy(() -> OfflineDns.forKubelet(IMAGE, "kind: KubeletConfiguration\nclusterDomain: cluster.local\n"))
        .isInstanceOf(KindException.class).hasMessageContaining("clusterDNS").hasMessageContaining("kubeadmConfigPatches");
    assertThatThrownBy(() -> OfflineDns.forKubelet(IMAGE, "clusterDNS: [unclosed"))
        .isInstanceOf(KindException.class).hasMessageContaining("not valid YAML").hasCauseInstanceOf(Exception.class);
  }

  @Test
  void valuesThatCannotGoIntoTheManifestAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OfflineDns(IMAGE, "10.96.0", "cluster.local"))
        .withMessageContaining("clusterIp");
    assertThatIllegalArgumentException().isThrownBy(() -> new OfflineDns(IMAGE, "10.96.0.10", "Cluster Local"))
        .withMessageContaining("domain");
    assertThatIllegalArgumentException().isThrownBy(() -> new OfflineDns("a b", "10.96.0.10", "cluster.local"))
        .withMessageContaining("image");
  }

  @Test
  void theManifestRunsTheImageAsKubeDnsAtTheClusterDnsAddress() throws Exception {
    List<JsonNode> documents = Yaml.readAll(new OfflineDns(IMAGE, "10.96.0.10", "cluster.local").manifest());

    assertThat(documents).extracting(d -> d.path("kind").asText())
        .containsExactly("ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Deployment", "Service");
    JsonNode service = documents.get(4);
    assertThat(service.at("/metadata/name").asText()).isEqualTo("kube-dns");
    assertThat(service.at("/metadata/namespace").asText()).isEqualTo("kube-system");
    assertThat(service.at("/spec/clusterIP").asText()).isEqualTo("10.96.0.10");
    JsonNode pod = documents.get(3).at("/spec/template/spec");
    assertThat(pod.path("dnsPolicy").asText()).as("names outside the cluster go to the node's resolver")
        .isEqualTo("Default");
    JsonNode container = pod.at("/containers/0");
    assertThat(container.path("image").asText()).isEqualTo(IMAGE);
    assertThat(container.path("args")).extracting(JsonNode::asText).containsExactly("--domain", "cluster.local");
    assertThat(documents.get(1).path("rules")).extracting(rule -> rule.path("resources").get(0).asText())
        .containsExactly("services", "endpointslices");
    assertThat(documents.get(1).at("/rules/0/verbs")).extracting(JsonNode::asText).containsExactly("list", "watch");
  }
}
