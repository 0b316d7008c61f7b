package dev.kind4j.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolver;

class Fabric8ClientsTest {

  @Test
  void buildsAClientForTheKubeconfigInTheNamespaceWithoutCallingTheServer() {
    var client = (KubernetesClient) Fabric8Clients.create(FakeProvisioner.KUBECONFIG, "kind4j-test-abc123");
    try {
      assertThat(client.getNamespace()).isEqualTo("kind4j-test-abc123");
      assertThat(client.getMasterUrl()).hasToString("https://127.0.0.1:40123/");
    } finally {
      Fabric8Clients.close(client);
    }
  }

  @Test
  void theExtensionWorksWithoutFabric8OnTheClasspath() throws Exception {
    Path classes = Path.of(KindClusterExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (URLClassLoader withoutFabric8 = new WithoutFabric8(classes.toUri().toURL(), getClass().getClassLoader());
        Stream<Path> files = Files.list(classes.resolve("dev/kind4j/junit5"))) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
          .map(n -> "dev.kind4j.junit5." + n.substring(0, n.length() - ".class".length())).toList();
      for (String name : names.stream().filter(n -> !n.equals(Fabric8Clients.class.getName())).toList()) {
        assertThat(Class.forName(name, true, withoutFabric8).getClassLoader()).isSameAs(withoutFabric8);
      }
      ParameterResolver extension = (ParameterResolver) withoutFabric8.loadClass(KindClusterExtension.class.getName())
          .getConstructor().newInstance();
      assertThat(extension.supportsParameter(ParameterSupportTest.parameter("supported", 0), null)).isTrue();
      assertThat(extension.supportsParameter(ParameterSupportTest.parameter("others", 0), null)).isFalse();

      Method create = withoutFabric8.loadClass(Fabric8Clients.class.getName())
          .getDeclaredMethod("create", String.class, String.class);
      create.setAccessible(true);
      assertThatThrownBy(() -> create.invoke(null, FakeProvisioner.KUBECONFIG, "default"))
          .satisfies(e -> assertThat(e instanceof InvocationTargetException ? e.getCause() : e)
              .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("io/fabric8/"));
    }
  }

  /** Loads kind4j-junit5's classes itself and hides fabric8's. */
  private static final class WithoutFabric8 extends URLClassLoader {

    WithoutFabric8(URL classes, ClassLoader parent) {
      super(new URL[] {classes}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("io.fabric8.")) {
        throw new ClassNotFoundException(name);
      }
      if (!name.startsWith("dev.kind4j.junit5.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }
}
