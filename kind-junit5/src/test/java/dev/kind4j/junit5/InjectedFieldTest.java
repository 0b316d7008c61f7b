package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Cluster;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class InjectedFieldTest {

  static class Base {
    @KindInject static Cluster sharedCluster;
    @Kubeconfig Path kubeconfigFile;
  }

  static class Fields extends Base {
    @Kubeconfig static String kubeconfig;
    @KindInject Cluster cluster;
    @KindNamespace String namespace;
    @KindInject KubernetesClient client;
    Cluster notMarked;
  }

  static class PrivateField {
    @KindInject private Cluster cluster;
  }

  static class FinalField {
    @KindNamespace final String namespace = "x";
  }

  static class UnsupportedType {
    @KindInject String what;
  }

  private static String describe(InjectedField field) {
    return field.field().getName() + "=" + field.injectable();
  }

  @Test
  void findsMarkedStaticFieldsOfTheClassAndItsSuperclasses() {
    assertThat(InjectedField.of(Fields.class, true)).map(InjectedFieldTest::describe)
        .containsExactlyInAnyOrder("sharedCluster=CLUSTER", "kubeconfig=KUBECONFIG");
  }

  @Test
  void findsMarkedInstanceFieldsOfTheClassAndItsSuperclasses() {
    assertThat(InjectedField.of(Fields.class, false)).map(InjectedFieldTest::describe)
        .containsExactlyInAnyOrder("kubeconfigFile=KUBECONFIG_PATH", "cluster=CLUSTER", "namespace=NAMESPACE",
            "client=KUBERNETES_CLIENT");
  }

  @Test
  void rejectsFieldsItCannotSetWithTheFix() {
    assertThatThrownBy(() -> InjectedField.of(PrivateField.class, false))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("field " + PrivateField.class.getName() + ".cluster is private; make it package-private to have "
            + "it injected");
    assertThatThrownBy(() -> InjectedField.of(FinalField.class, false))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("field " + FinalField.class.getName() + ".namespace is final; remove final to have it injected");
    assertThatThrownBy(() -> InjectedField.of(UnsupportedType.class, false))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("field " + UnsupportedType.class.getName() + ".what is a java.lang.String, but @KindInject goes "
            + "on a dev.kind4j.Cluster or a fabric8 KubernetesClient; for the kubeconfig or the namespace use "
            + "@Kubeconfig or @KindNamespace");
  }
}
