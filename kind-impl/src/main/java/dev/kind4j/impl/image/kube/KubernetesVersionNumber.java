package dev.kind4j.impl.image.kube;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the minor release out of a Kubernetes version such as {@code v1.20.2}. */
public final class KubernetesVersionNumber {

  private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)");

  private KubernetesVersionNumber() {}

  public static int minorOf(String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.find()) {
      throw new IllegalArgumentException("'" + version + "' is not a Kubernetes version such as v1.20.2");
    }
    return Integer.parseInt(matcher.group(2));
  }
}
