package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kind4j.Cluster;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterContext;

class ParameterSupportTest {

  private final KindClusterExtension extension = new KindClusterExtension();

  @SuppressWarnings("unused")
  static class Signatures {
    void supported(Cluster cluster, @Kubeconfig String yaml, @Kubeconfig Path file, @KindNamespace String namespace,
        KubernetesClient client) {}

    void others(String text, Path path, Integer number, TestInfo info, Object object) {}

    void misused(@Kubeconfig Integer number, @KindNamespace Path path, @Kubeconfig @KindNamespace String both) {}
  }

  static ParameterContext parameter(String method, int index) {
    Method declared = Arrays.stream(Signatures.class.getDeclaredMethods()).filter(m -> m.getName().equals(method))
        .findFirst().orElseThrow();
    Parameter parameter = declared.getParameters()[index];
    return new ParameterContext() {
      @Override
      public Parameter getParameter() {
        return parameter;
      }

      @Override
      public int getIndex() {
        return index;
      }

      @Override
      public Optional<Object> getTarget() {
        return Optional.empty();
      }
    };
  }

  @Test
  void supportsEachInjectableType() {
    for (int i = 0; i < 5; i++) {
      assertThat(extension.supportsParameter(parameter("supported", i), null)).as("parameter %d", i).isTrue();
    }
    assertThat(Injectable.forParameter(parameter("supported", 0).getParameter())).hasValue(Injectable.CLUSTER);
    assertThat(Injectable.forParameter(parameter("supported", 1).getParameter())).hasValue(Injectable.KUBECONFIG);
    assertThat(Injectable.forParameter(parameter("supported", 2).getParameter()))
        .hasValue(Injectable.KUBECONFIG_PATH);
    assertThat(Injectable.forParameter(parameter("supported", 3).getParameter())).hasValue(Injectable.NAMESPACE);
    assertThat(Injectable.forParameter(parameter("supported", 4).getParameter()))
        .hasValue(Injectable.KUBERNETES_CLIENT);
  }

  @Test
  void leavesOtherParametersToOtherResolvers() {
    for (int i = 0; i < 5; i++) {
      assertThat(extension.supportsParameter(parameter("others", i), null)).as("parameter %d", i).isFalse();
    }
  }

  @Test
  void rejectsAnnotationsOnTheWrongType() {
    assertThatThrownBy(() -> extension.supportsParameter(parameter("misused", 0), null))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageMatching("parameter \\w+ of misused is a java.lang.Integer, but @Kubeconfig goes on a String "
            + "\\(the YAML\\) or a java.nio.file.Path \\(the file\\)");
    assertThatThrownBy(() -> extension.supportsParameter(parameter("misused", 1), null))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageEndingWith("is a java.nio.file.Path, but @KindNamespace goes on a String");
    assertThatThrownBy(() -> extension.supportsParameter(parameter("misused", 2), null))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageEndingWith("has both @Kubeconfig and @KindNamespace; keep one");
  }
}
