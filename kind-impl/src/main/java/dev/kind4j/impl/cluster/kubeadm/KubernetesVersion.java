package dev.kind4j.impl.cluster.kubeadm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes release such as {@code v1.20.2} or {@code v1.36.0-alpha.1+abc123}, as {@code kubeadm
 * version} and node images name it.
 *
 * <p>Ordering follows semantic versioning: a pre-release sorts before its release, and build
 * metadata is ignored, so two versions that differ only in it compare as equal without being
 * {@code equals}. {@link #isAtLeast(int, int)} compares only major and minor, as kind does when
 * it picks a kubeadm API version, so {@code v1.36.0-alpha.1} already counts as 1.36.
 *
 * @param major such as 1
 * @param minor such as 20
 * @param patch such as 2
 * @param preRelease such as {@code alpha.1}, or empty
 * @param buildMetadata such as {@code abc123}, or empty
 */
public record KubernetesVersion(int major, int minor, int patch, String preRelease, String buildMetadata)
    implements Comparable<KubernetesVersion> {

  private static final String NUMBER = "(0|[1-9][0-9]*)";
  private static final String IDENTIFIERS = "([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)";
  private static final Pattern VERSION = Pattern.compile(
      "v?" + NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(?:-" + IDENTIFIERS + ")?(?:\\+" + IDENTIFIERS + ")?");

  public KubernetesVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must not be negative: " + major + "." + minor + "." + patch);
    }
    preRelease = preRelease == null ? "" : preRelease;
    buildMetadata = buildMetadata == null ? "" : buildMetadata;
  }

  /** Parses {@code [v]MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}, such as {@code v1.20.2} or {@code 1.36.0-alpha.1+abc}. */
  public static KubernetesVersion parse(String text) {
    Matcher m = text == null ? null : VERSION.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "kubernetesVersion: '" + text + "' is not a Kubernetes version; use a form such as 'v1.20.2'");
    }
    try {
      return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.group(4), m.group(5));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("kubernetesVersion: '" + text + "' has a number too large", e);
    }
  }

  /** Whether this is release {@code major.minor} or later, pre-releases of it included. */
  public boolean isAtLeast(int major, int minor) {
    return this.major != major ? this.major > major : this.minor >= minor;
  }

  @Override
  public int compareTo(KubernetesVersion other) {
    int byNumbers = major != other.major ? Integer.compare(major, other.major)
        : minor != other.minor ? Integer.compare(minor, other.minor)
        : Integer.compare(patch, other.patch);
    return byNumbers != 0 ? byNumbers : comparePreReleases(preRelease, other.preRelease);
  }

  /** The form kubeadm's {@code kubernetesVersion} takes, such as {@code v1.20.2} or {@code v1.36.0-alpha.1+abc}. */
  @Override
  public String toString() {
    return "v" + major + "." + minor + "." + patch
        + (preRelease.isEmpty() ? "" : "-" + preRelease)
        + (buildMetadata.isEmpty() ? "" : "+" + buildMetadata);
  }

  private static int comparePreReleases(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c = compareIdentifiers(left[i], right[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareIdentifiers(String a, String b) {
    boolean aNumeric = a.chars().allMatch(Character::isDigit);
    boolean bNumeric = b.chars().allMatch(Character::isDigit);
    if (aNumeric && bNumeric) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
