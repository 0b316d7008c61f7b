package dev.kind4j;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How Kubernetes is obtained for a node image. An open value type rather than an enum: a plugin
 * of {@link dev.kind4j.spi.KubernetesBuilder} brings its own with {@link #of(String)}.
 */
public final class BuildType {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  /** Compiles the source tree inside a builder container; the host needs only Docker. The default for trees. */
  public static final BuildType DOCKER = new BuildType("docker");
  /** Compiles the source tree with the host's Go toolchain. */
  public static final BuildType HOST = new BuildType("host");
  /** Builds the source tree with Bazel (trees with a WORKSPACE file). */
  public static final BuildType BAZEL = new BuildType("bazel");
  /** Takes a local {@code kubernetes-server-linux-<arch>.tar.gz}. */
  public static final BuildType TARBALL = new BuildType("tarball");
  /** Downloads a {@code kubernetes-server-linux-<arch>.tar.gz} from a URL. */
  public static final BuildType URL = new BuildType("url");
  /** Downloads the server tarball of a Kubernetes release, such as {@code v1.20.2}. */
  public static final BuildType RELEASE = new BuildType("release");

  private final String name;

  private BuildType(String name) {
    this.name = name;
  }

  /** The type named {@code name}, such as {@code docker} or a plugin's own. */
  public static BuildType of(String name) {
    String normalized = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    if (!NAME.matcher(normalized).matches()) {
      throw new IllegalArgumentException("type: '" + name + "' is not a build type name; use lowercase letters, "
          + "digits and '-', such as 'docker'");
    }
    return new BuildType(normalized);
  }

  /** The type's name, as kind's {@code --type} flag spells it. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BuildType type && type.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
