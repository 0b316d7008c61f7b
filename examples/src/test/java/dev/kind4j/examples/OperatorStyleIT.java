package dev.kind4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.Cluster;
import dev.kind4j.ExecRequest;
import dev.kind4j.ExecResult;
import dev.kind4j.impl.testing.BuildTestImages;
import dev.kind4j.impl.testing.TestImages;
import dev.kind4j.junit5.KindCluster;
import dev.kind4j.junit5.KindInject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How an operator's integration test looks with kind4j: a real cluster per class, a CRD, a custom
 * resource, and the Deployment and Service an operator would make for it, waited on until available and then
 * reached by the Service's name from inside the cluster.
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
  void reconcilesAWidgetIntoAnAvailableDeploymentReachedByItsServiceName(KubernetesClient client)
      throws InterruptedException {
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

    // What the operator under test would do: a Deployment and a Service per Widget, owned by it.
    GenericKubernetesResource stored = client.genericKubernetesResources(WIDGETS).inNamespace("default")
        .withName("demo").get();
    int replicas = ((Number) ((Map<?, ?>) stored.getAdditionalProperties().get("spec")).get("replicas")).intValue();
    OwnerReference owner = new OwnerReferenceBuilder().withApiVersion("example.kind4j.dev/v1").withKind("Widget")
        .withName("demo").withUid(stored.getMetadata().getUid()).build();
    cluster.loadImages(TestImages.WEB);
    Deployment deployment = new DeploymentBuilder()
        .withNewMetadata().withName("demo").withNamespace("default").withOwnerReferences(owner).endMetadata()
        .withNewSpec().withReplicas(replicas)
        .withNewSelector().addToMatchLabels("widget", "demo").endSelector()
        .withNewTemplate().withNewMetadata().addToLabels("widget", "demo").endMetadata()
        .withNewSpec().addNewContainer().withName("app").withImage(TestImages.WEB).withImagePullPolicy("Never")
        .addNewPort().withContainerPort(8080).endPort().endContainer().endSpec().endTemplate().endSpec()
        .build();
    client.apps().deployments().inNamespace("default").resource(deployment).create();
    Service service = new ServiceBuilder()
        .withNewMetadata().withName("demo").withNamespace("default").withOwnerReferences(owner).endMetadata()
        .withNewSpec().addToSelector("widget", "demo")
        .addNewPort().withName("http").withPort(80).withNewTargetPort(8080).endPort().endSpec()
        .build();
    client.services().inNamespace("default").resource(service).create();

    cluster.waitForRollout("default", "demo", Duration.ofMinutes(3));
    Deployment available = client.apps().deployments().inNamespace("default").withName("demo").get();
    assertThat(available.getStatus().getAvailableReplicas()).isEqualTo(2);
    assertThat(client.genericKubernetesResources(WIDGETS).inNamespace("default").list().getItems()).hasSize(1);

    // Other workloads reach the Widget by its Service's name, which the cluster's DNS resolves.
    String pod = client.pods().inNamespace("default").withLabel("widget", "demo").list().getItems().get(0)
        .getMetadata().getName();
    assertThat(httpGetFromPod(pod, "demo.default.svc")).contains("hello from kind4j");
  }

  /** {@code GET http://<host>/} with socat from inside {@code pod}, retried for a minute while kube-proxy catches up. */
  private static String httpGetFromPod(String pod, String host) throws InterruptedException {
    ExecResult last = null;
    for (int attempt = 0; attempt < 60; attempt++) {
      last = cluster.controlPlane().tryExec(ExecRequest.builder("kubectl", "exec", pod, "--", "sh", "-c",
          "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | socat -T5 - TCP:" + host + ":80,connect-timeout=5")
          .timeout(Duration.ofSeconds(20)).build());
      if (last.succeeded() && last.stdout().contains("200 OK")) {
        return last.stdout();
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no HTTP answer from " + host + " in pod " + pod + ": " + last);
  }
}
