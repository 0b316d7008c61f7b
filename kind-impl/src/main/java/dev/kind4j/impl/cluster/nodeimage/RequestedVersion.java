package dev.kind4j.impl.cluster.nodeimage;

import dev.kind4j.impl.cluster.kubeadm.KubernetesVersion;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes version as a user asks for one: a minor such as {@code 1.31}, which any of its patches satisfies, or a
 * release such as {@code v1.31.4}, which only itself does.
 *
 * @param major such as 1
 * @param minor such as 31
 * @param patch the patch asked for, or empty for the newest of the minor
 */
record RequestedVersion(int major, int minor, Optional<Integer> patch) {

  private static final Pattern FORM = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?");

  static RequestedVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("kubernetesVersion: '" + text + "' is not a Kubernetes version; use a minor "
          + "such as \"1.31\" or a release such as \"v1.31.4\"");
    }
    return new RequestedVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Optional.ofNullable(m.group(3)).map(Integer::parseInt));
  }

  /** Whether a release satisfies this: the same minor, and the same patch when one was asked for. */
  boolean matches(KubernetesVersion version) {
    return version.major() == major && version.minor() == minor && version.preRelease().isEmpty()
        && patch.map(p -> p == version.patch()).orElse(true);
  }

  @Override
  public String toString() {
    return "v" + major + "." + minor + patch.map(p -> "." + p).orElse("");
  }
}
