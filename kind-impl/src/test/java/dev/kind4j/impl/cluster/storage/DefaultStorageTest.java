package dev.kind4j.impl.cluster.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kind4j.impl.util.Yaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultStorageTest {

  private static final DefaultStorage STORAGE = new DefaultStorage(2, "10Gi");

  @Test
  void manifestHoldsTheDefaultClassThenEveryNodesVolumes() throws Exception {
    List<JsonNode> documents = Yaml.readAll(STORAGE.manifest(List.of("kind-control-plane", "kind-worker")));

    assertThat(documents).hasSize(1 + 2 * 2);
    assertThat(documents).extracting(d -> d.path("kind").asText())
        .containsExactly("StorageClass", "PersistentVolume", "PersistentVolume", "PersistentVolume", "PersistentVolume");
    assertThat(documents.subList(1, 5)).extracting(d -> d.at("/metadata/name").asText()).containsExactly(
        "kind4j-pv-kind-control-plane-1", "kind4j-pv-kind-control-plane-2",
        "kind4j-pv-kind-worker-1", "kind4j-pv-kind-worker-2");
  }

  @Test
  void theClassIsTheDefaultAndBindsWhereThePodRuns() throws Exception {
    JsonNode storageClass = Yaml.readAll(STORAGE.manifest(List.of("kind-control-plane"))).get(0);

    assertThat(storageClass.path("apiVersion").asText()).isEqualTo("storage.k8s.io/v1");
    assertThat(storageClass.at("/metadata/name").asText()).isEqualTo("standard");
    JsonNode isDefault = storageClass.at("/metadata/annotations/storageclass.kubernetes.io~1is-default-class");
    assertThat(isDefault.isTextual()).as("annotation values are strings").isTrue();
    assertThat(isDefault.asText()).isEqualTo("true");
    assertThat(storageClass.path("provisioner").asText()).isEqualTo("kubernetes.io/no-provisioner");
    assertThat(storageClass.path("volumeBindingMode").asText()).isEqualTo("WaitForFirstConsumer");
    assertThat(storageClass.path("reclaimPolicy").asText()).isEqualTo("Retain");
  }

  @Test
  void aVolumeIsALocalDirectoryPinnedToItsNode() throws Exception {
    JsonNode volume = Yaml.readAll(STORAGE.manifest(List.of("kind-control-plane", "kind-worker"))).get(4);

    assertThat(volume.path("apiVersion").asText()).isEqualTo("v1");
    assertThat(volume.at("/metadata/labels/app.kubernetes.io~1managed-by").asText()).isEqualTo("kind4j");
    JsonNode spec = volume.path("spec");
    assertThat(spec.path("storageClassName").asText()).isEqualTo("standard");
    assertThat(spec.at("/capacity/storage").asText()).isEqualTo("10Gi");
    assertThat(spec.path("accessModes")).extracting(JsonNode::asText).containsExactly("ReadWriteOnce");
    assertThat(spec.path("persistentVolumeReclaimPolicy").asText()).isEqualTo("Retain");
    assertThat(spec.at("/local/path").asText()).isEqualTo("/var/kind4j/volumes/pv-2");
    JsonNode terms = spec.at("/nodeAffinity/required/nodeSelectorTerms");
    assertThat(terms).hasSize(1);
    JsonNode expressions = terms.get(0).path("matchExpressions");
    assertThat(expressions).hasSize(1);
    assertThat(expressions.get(0).path("key").asText()).isEqualTo("kubernetes.io/hostname");
    assertThat(expressions.get(0).path("operator").asText()).isEqualTo("In");
    assertThat(expressions.get(0).path("values")).extracting(JsonNode::asText).containsExactly("kind-worker");
  }

  @Test
  void volumesOfANodeUseTheDirectoriesItsCommandCreates() throws Exception {
    List<String> paths = new ArrayList<>();
    for (JsonNode document : Yaml.readAll(STORAGE.manifest(List.of("kind-worker")))) {
      if (document.path("kind").asText().equals("PersistentVolume")) {
        paths.add(document.at("/spec/local/path").asText());
      }
    }

    assertThat(STORAGE.prepareNodeCommand()).containsExactly(
        "mkdir", "-p", "-m", "0777", "/var/kind4j/volumes/pv-1", "/var/kind4j/volumes/pv-2");
    assertThat(STORAGE.prepareNodeCommand().subList(4, 6)).containsExactlyElementsOf(paths);
  }

  @Test
  void rejectsBadSizesAndCounts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new DefaultStorage(0, "10Gi"))
        .withMessage("volumesPerNode must be at least 1, but is 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new DefaultStorage(1, "10 GB"))
        .withMessage("capacity '10 GB' is not a size such as 10Gi or 500Mi");
    assertThat(new DefaultStorage(1, "500Mi").capacity()).isEqualTo("500Mi");
  }

  @Test
  void rejectsNodeNamesThatCannotNameAVolume() {
    assertThatIllegalArgumentException().isThrownBy(() -> STORAGE.manifest(List.of()))
        .withMessage("default storage needs at least one node");
    assertThatIllegalArgumentException().isThrownBy(() -> STORAGE.manifest(List.of("Kind_Worker")))
        .withMessageStartingWith("node name 'Kind_Worker' cannot name a volume");
    assertThatIllegalArgumentException().isThrownBy(() -> STORAGE.manifest(List.of("kind-worker", "kind-worker")))
        .withMessage("node 'kind-worker' is named twice");
  }
}
