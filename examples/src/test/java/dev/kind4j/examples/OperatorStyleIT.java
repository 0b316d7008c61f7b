package dev.kind4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.impl.testing.BuildTestImages;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.junit5.KindCluster;
import dev.kind4j.junit5.KindInject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How an operator's integration test looks with kind4j: a real cluster per class, a CRD, a custom
 * resource, and the Deployment an operator would make for it, waited on until available.
 *
 * <p>In your own project, name a node image such as {@code kindest/node:v1.20.2} in
 * {@code @KindCluster(image = …)}; here the test builds kind4j's offline image first.
 */
@ExtendWith(BuildTestImages.class)
@KindCluster(image = TestImages.NODE)
class OperatorStyleIT {

  private static final ResourceDefinitionContext WIDGETS = new ResourceDefinitionContext.Builder()
      .withGroup("example.kind4j.dev").withVersion("v1").withPlural("widgets").withKind("Widget").withNamespaced(true)
      .build();

  @KindInject
  static Cluster cluster;

  @Test
  void reconcilesAWidgetIntoAnAvailableDeployment(KubernetesClient client) {
    CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions()
        .load(OperatorStyleIT.class.getResourceAsStream("/operator/widgets-crd.yaml")).create();
    client.apiextensions().v1().customResourceDefinitions().resource(crd)
        .waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions().stream()
            .anyMatch(cond -> "Established".equals(cond.getType()) && "True".equals(cond.getStatus())), 60, TimeUnit.SECONDS);

    GenericKubernetesResource widget = new GenericKubernetesResourceBuilder()
        .withApiVersion("example.kind4j.dev/v1").withKind("Widget")
        .withNewMetadata().withName("demo").withNamespace("default").endMetadata()
        .withAdditionalProperties(Map.of("spec", Map.of("replicas", 2)))
        .build();
    client.genericKubernetesResources(WIDGETS).inNamespace("default").resource(widget).create();

    // What the operator under test would do: a Deployment per Widget, owned by it.
    GenericKubernetesResource stored = client.genericKubernetesResources(WIDGETS).inNamespace("default")
        .withName("demo").get();
    int replicas = ((Number) ((Map<?, ?>) stored.getAdditionalProperties().get("spec")).get("replicas")).intValue();
    Deployment deployment = new DeploymentBuilder()
        .withNewMetadata().withName("demo").withNamespace("default")
        .addNewOwnerReference().withApiVersion("example.kind4j.dev/v1").withKind("Widget").withName("demo")
        .withUid(stored.getMetadata().getUid()).endOwnerReference().endMetadata()
        .withNewSpec().withReplicas(replicas)
        .withNewSelector().addToMatchLabels("widget", "demo").endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("widget", "demo").endMetadata()
        .withNewSpec().addNewContainer().withName("app").withImage(sandboxImage()).withImagePullPolicy("IfNotPresent")
        .endContainer().endSpec().endTemplate().endSpec()
        .build();
    client.apps().deployments().inNamespace("default").resource(deployment).create();

    Deployment available = client.apps().deployments().inNamespace("default").withName("demo")
        .waitUntilCondition(d -> d.getStatus() != null && Integer.valueOf(2).equals(d.getStatus().getAvailableReplicas()),
            3, TimeUnit.MINUTES);
    assertThat(available.getStatus().getAvailableReplicas()).isEqualTo(2);
    assertThat(client.genericKubernetesResources(WIDGETS).inNamespace("default").list().getItems()).hasSize(1);
  }

  /** The pause image every node image carries, which any cluster can run without a registry. */
  private static String sandboxImage() {
    String line = cluster.controlPlane().exec("grep", "-m1", "sandbox_image", "/etc/containerd/config.toml").stdout();
    return line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
  }
}
