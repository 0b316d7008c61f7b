package dev.kind4j.impl.cluster.nodeimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.KindException;
import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeImageChoiceTest {

  private static final String V131_4 = "kindest/node:v1.31.4@sha256:" + "a".repeat(64);
  private static final String V131_2 = "kindest/node:v1.31.2@sha256:" + "b".repeat(64);
  private static final String V130_8 = "kindest/node:v1.30.8@sha256:" + "c".repeat(64);
  private static final KindNodeImages TABLE = KindNodeImages.parse("""
      # kind v0.99.0
      v1.31.4 %s
      v1.31.2 %s
      v1.30.8 %s
      """.formatted(V131_4, V131_2, V130_8));

  @Test
  void aMinorPicksItsNewestPatch() {
    assertThat(NodeImageChoice.choose("1.31", List.of(), TABLE).reference()).isEqualTo(V131_4);
    assertThat(NodeImageChoice.choose("v1.30", List.of(), TABLE).reference()).isEqualTo(V130_8);
  }

  @Test
  void anExactVersionIsMatched() {
    NodeImageChoice choice = NodeImageChoice.choose("v1.31.2", List.of(), TABLE);

    assertThat(choice.reference()).isEqualTo(V131_2);
    assertThat(choice.reason()).contains("v1.31.2").contains("kind v0.99.0");
    assertThat(NodeImageChoice.choose("1.31.4", List.of(), TABLE).reference()).isEqualTo(V131_4);
  }

  @Test
  void anUnknownVersionIsAnErrorThatListsTheKnownOnes() {
    assertThatThrownBy(() -> NodeImageChoice.choose("1.29", List.of(local("kind4j/node:v1.20.2", "v1.20.2", 1)), TABLE))
        .isInstanceOf(KindException.class)
        .hasMessageStartingWith("kubernetesVersion: kind4j knows no node image of Kubernetes v1.29")
        .hasMessageContaining("kind v0.99.0 lists v1.30.8, v1.31.2, v1.31.4")
        .hasMessageContaining("kind4j built v1.20.2 here");
    assertThatThrownBy(() -> NodeImageChoice.choose("1.31.3", List.of(), TABLE))
        .hasMessageContaining("no node image of Kubernetes v1.31.3");
  }

  @Test
  void aLocalImageWinsOverKindsAndTheNewestLocalOneAmongEquals() {
    List<LocalNodeImage> local = List.of(local("kind4j/node:v1.31.0", "v1.31.0", 1),
        local("old/node:v1.31.1", "v1.31.1", 1), local("new/node:v1.31.1", "v1.31.1", 2));

    NodeImageChoice choice = NodeImageChoice.choose("1.31", local, TABLE);

    assertThat(choice.reference()).isEqualTo("new/node:v1.31.1");
    assertThat(choice.reason()).contains("local node image new/node:v1.31.1 built by kind4j");
    assertThat(NodeImageChoice.choose("v1.31.0", local, TABLE).reference()).isEqualTo("kind4j/node:v1.31.0");
    assertThat(NodeImageChoice.choose("v1.31.4", local, TABLE).reference()).isEqualTo(V131_4);
  }

  @Test
  void anImageTaggedWithItsReleaseWinsOverANewerBuildTaggedOtherwise() {
    List<LocalNodeImage> local = List.of(local("kind4j/node:v1.31.1", "v1.31.1", 1),
        local("mykindnode:mytag", "v1.31.1", 2));

    assertThat(NodeImageChoice.choose("1.31", local, TABLE).reference()).isEqualTo("kind4j/node:v1.31.1");
    assertThat(NodeImageChoice.choose("1.31", local.subList(1, 2), TABLE).reference()).isEqualTo("mykindnode:mytag");
  }

  @Test
  void theNewestLocalImageIsTheHighestReleaseThenTheOneTaggedWithItThenTheNewestBuild() {
    List<LocalNodeImage> local = List.of(local("kind4j/node:v1.20.2", "v1.20.2", 1),
        local("newer/node:custom", "v1.20.2", 5), local("kind4j/node:v1.19.7", "v1.19.7", 9));

    assertThat(NodeImageChoice.newestLocal(local)).map(LocalNodeImage::reference).hasValue("kind4j/node:v1.20.2");
    assertThat(NodeImageChoice.newestLocal(local.subList(1, 3))).map(LocalNodeImage::reference)
        .hasValue("newer/node:custom");
    assertThat(NodeImageChoice.newestLocal(List.of())).isEmpty();
  }

  @Test
  void preReleasesNeverSatisfyAVersion() {
    List<LocalNodeImage> local = List.of(local("dev/node:v1.32.0", "v1.32.0-alpha.1", 1));

    assertThatThrownBy(() -> NodeImageChoice.choose("1.32", local, TABLE)).hasMessageContaining("v1.32");
  }

  @Test
  void malformedVersionsNameTheArgument() {
    assertThatThrownBy(() -> NodeImageChoice.choose("latest", List.of(), TABLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kubernetesVersion: 'latest' is not a Kubernetes version; use a minor such as \"1.31\" or a "
            + "release such as \"v1.31.4\"");
  }

  @Test
  void theShippedTableIsPinnedAndItsDefaultIsListed() {
    KindNodeImages shipped = KindNodeImages.tracked();

    assertThat(shipped.release()).matches("v\\d+\\.\\d+\\.\\d+");
    assertThat(shipped.images().values()).allMatch(image -> image.matches("kindest/node:v[\\d.]+@sha256:[0-9a-f]{64}"));
    assertThat(shipped.images()).allSatisfy((version, image) ->
        assertThat(image).startsWith("kindest/node:" + version + "@"));
    assertThat(shipped.images().values()).contains(shipped.defaultImage());
  }

  @Test
  void aTableLineWithoutADigestIsRefused() {
    assertThatThrownBy(() -> KindNodeImages.parse("# kind v0.99.0\nv1.31.4 kindest/node:v1.31.4\n"))
        .hasMessageContaining("is not '<version> <image>@sha256:…'");
  }

  private static LocalNodeImage local(String reference, String version, long created) {
    return new LocalNodeImage(reference, KubernetesVersion.parse(version), Instant.ofEpochSecond(created));
  }
}
