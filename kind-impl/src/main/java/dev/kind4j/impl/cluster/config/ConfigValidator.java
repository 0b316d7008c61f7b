package dev.kind4j.impl.cluster.config;

import dev.kind4j.NodeRole;
import dev.kind4j.config.ClusterConfig;
import dev.kind4j.config.InvalidConfigException;
import dev.kind4j.config.Mount;
import dev.kind4j.config.NodeConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a defaulted config (see {@link ConfigDefaults}) against kind's rules and kind4j's limits, and reports every
 * problem at once.
 */
public final class ConfigValidator {

  /** kind's rule for cluster names, which become parts of container names and hostnames. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9.-]+");
  /** Longer names leave no room for suffixes such as {@code -control-plane} in a 64-character hostname. */
  private static final int NAME_MAX = 50;

  private ConfigValidator() {}

  /**
   * @param config a config returned by {@link ConfigDefaults#apply}
   * @throws InvalidConfigException listing every problem, each with its field path and fix
   */
  public static void validate(ClusterConfig config) {
    if (config.name() == null || config.networking().ipFamily() == null) {
      throw new IllegalArgumentException("the config is not defaulted; pass it through ConfigDefaults.apply first");
    }
    Problems problems = new Problems();
    checkName(config.name(), problems);
    checkControlPlanes(config.nodes(), problems);
    for (int i = 0; i < config.nodes().size(); i++) {
      checkNode("nodes[" + i + "]", config.nodes().get(i), problems);
    }
    NetworkingRules.check(config.networking(), problems);
    PortMappingRules.check(config, problems);
    KubeadmPatchRules.check(config, problems);
    ContainerdPatchRules.check(config, problems);
    problems.throwIfAny();
  }

  private static void checkName(String name, Problems problems) {
    if (!NAME.matcher(name).matches()) {
      problems.add("name", "'" + name + "' is not a valid cluster name; use only lower-case letters, digits, "
          + "'.' and '-', such as 'dev-cluster'");
    } else if (name.length() > NAME_MAX) {
      problems.add("name", "'" + name + "' is " + name.length() + " characters long; use at most " + NAME_MAX
          + ", so that node hostnames such as '" + name + "-control-plane' stay within 64");
    }
  }

  private static void checkControlPlanes(List<NodeConfig> nodes, Problems problems) {
    if (nodes.stream().noneMatch(node -> node.role() == NodeRole.CONTROL_PLANE)) {
      problems.add("nodes", "no control-plane node; add one with 'role: control-plane'");
    }
  }

  private static void checkNode(String path, NodeConfig node, Problems problems) {
    String image = node.image();
    if (image != null && (image.isBlank() || image.chars().anyMatch(Character::isWhitespace))) {
      problems.add(path + ".image", "'" + image + "' is not an image reference; remove the whitespace, as in "
          + "'kindest/node:v1.31.0'");
    }
    for (int i = 0; i < node.extraMounts().size(); i++) {
      checkMount(path + ".extraMounts[" + i + "]", node.extraMounts().get(i), problems);
    }
  }

  private static void checkMount(String path, Mount mount, Problems problems) {
    if (mount.hostPath() == null || mount.hostPath().isEmpty()) {
      problems.add(path + ".hostPath", "missing; give the absolute path of a host file or directory");
    } else if (!isAbsoluteHostPath(mount.hostPath())) {
      problems.add(path + ".hostPath", "'" + mount.hostPath() + "' is not an absolute path; kind4j does not "
          + "resolve relative paths, so give the full path, such as '/home/me/data'");
    }
    if (mount.containerPath() == null || mount.containerPath().isEmpty()) {
      problems.add(path + ".containerPath", "missing; give the absolute path to mount at in the node, such as '/data'");
    } else if (!mount.containerPath().startsWith("/")) {
      problems.add(path + ".containerPath", "'" + mount.containerPath() + "' is not an absolute path; give the full "
          + "path in the node, such as '/" + mount.containerPath() + "'");
    }
  }

  private static boolean isAbsoluteHostPath(String hostPath) {
    try {
      return Path.of(hostPath).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
