package dev.kind4j.impl.cluster;

/** Image names as containerd records them: fully qualified, {@code docker.io/library/} for short names. */
final class ContainerdNames {

  private ContainerdNames() {}

  /** {@code nginx:1} → {@code docker.io/library/nginx:1}; {@code me/app} → {@code docker.io/me/app:latest}. */
  static String normalize(String reference) {
    String name = reference;
    int slash = name.indexOf('/');
    String first = slash < 0 ? "" : name.substring(0, slash);
    boolean hasDomain = slash >= 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"));
    if (!hasDomain) {
      name = "docker.io/" + (slash < 0 ? "library/" : "") + name;
    }
    String last = name.substring(name.lastIndexOf('/') + 1);
    if (!last.contains(":") && !last.contains("@")) {
      name += ":latest";
    }
    return name;
  }
}
