package dev.kind4j.impl.provider.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.impl.provider.ContainerSpec;
import java.util.List;
import java.util.Map;

/**
 * A {@link ContainerSpec} as podman's own API takes it (its "spec generator"), for the options that podman's
 * Docker-compatible API ignores: podman 4.3 drops {@code HostConfig.CgroupnsMode}, and a node then shares the host's
 * cgroup namespace, where kubelet cannot find its cgroup root. Every option of the spec is translated, so that a
 * container is the same whichever API created it.
 */
final class LibpodSpec {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** podman's own options for {@code --tmpfs}. */
  private static final List<String> TMPFS_OPTIONS = List.of("rw", "rprivate", "nosuid", "nodev", "tmpcopyup");

  private LibpodSpec() {}

  /** The JSON body of {@code POST /libpod/containers/create} for {@code spec}. */
  static ObjectNode of(ContainerSpec spec) {
    ObjectNode body = JSON.createObjectNode();
    body.put("image", spec.image());
    putIfPresent(body, "name", spec.name());
    putIfPresent(body, "hostname", spec.hostname());
    if (spec.entrypoint() != null) {
      strings(body.putArray("entrypoint"), spec.entrypoint());
    }
    if (!spec.command().isEmpty()) {
      strings(body.putArray("command"), spec.command());
    }
    map(body, "labels", spec.labels());
    map(body, "env", spec.env());
    map(body, "sysctl", spec.sysctls());
    network(body, spec.network());
    privileges(body, spec);
    storage(body, spec);
    ports(body, spec.ports());
    if (!spec.dnsSearch().isEmpty()) {
      strings(body.putArray("dns_search"), spec.dnsSearch());
    }
    if (spec.hostPidNamespace()) {
      body.putObject("pidns").put("nsmode", "host");
    }
    if (spec.privateCgroupNamespace()) {
      body.putObject("cgroupns").put("nsmode", "private");
    }
    // podman's own API starts no init process unless asked, so noInit needs nothing here
    body.put("terminal", spec.tty());
    if (spec.restartOnFailure() > 0) {
      body.put("restart_policy", "on-failure").put("restart_tries", spec.restartOnFailure());
    }
    return body;
  }

  private static void network(ObjectNode body, String network) {
    if (network == null) {
      return;
    }
    switch (network) {
      case "host", "none" -> body.putObject("netns").put("nsmode", network);
      default -> {
        body.putObject("netns").put("nsmode", "bridge");
        body.putObject("Networks").putObject(network);
      }
    }
  }

  private static void privileges(ObjectNode body, ContainerSpec spec) {
    if (spec.privileged()) {
      body.put("privileged", true);
    }
    if (!spec.addedCapabilities().isEmpty()) {
      strings(body.putArray("cap_add"), spec.addedCapabilities());
    }
    if (!spec.droppedCapabilities().isEmpty()) {
      strings(body.putArray("cap_drop"), spec.droppedCapabilities());
    }
    if (!spec.devices().isEmpty()) {
      ArrayNode devices = body.putArray("devices");
      spec.devices().forEach(path -> devices.addObject().put("path", path));
    }
    if (!spec.deviceCgroupRules().isEmpty()) {
      ArrayNode rules = body.putArray("device_cgroup_rule");
      spec.deviceCgroupRules().forEach(rule -> deviceRule(rules.addObject(), rule));
    }
    for (String option : spec.securityOptions()) {
      securityOption(body, option);
    }
  }

  /** A Docker device cgroup rule, such as {@code c 10:229 rwm} or {@code a *:* rwm}, as an OCI device rule. */
  static void deviceRule(ObjectNode rule, String text) {
    String[] parts = text.trim().split("\\s+");
    String[] numbers = parts.length == 3 ? parts[1].split(":") : new String[0];
    if (parts.length != 3 || numbers.length != 2 || !parts[0].matches("[abc]")) {
      throw new IllegalArgumentException("device cgroup rule \"" + text + "\" is not of the form "
          + "\"<a|b|c> <major|*>:<minor|*> <access>\", such as \"a *:* rwm\"");
    }
    rule.put("allow", true).put("type", parts[0]);
    if (!"*".equals(numbers[0])) {
      rule.put("major", Long.parseLong(numbers[0]));
    }
    if (!"*".equals(numbers[1])) {
      rule.put("minor", Long.parseLong(numbers[1]));
    }
    rule.put("access", parts[2]);
  }

  private static void securityOption(ObjectNode body, String option) {
    int equals = option.indexOf('=');
    String key = equals < 0 ? option : option.substring(0, equals);
    String value = equals < 0 ? "" : option.substring(equals + 1);
    switch (key) {
      case "seccomp" -> body.put("seccomp_profile_path", value);
      case "apparmor" -> body.put("apparmor_profile", value);
      case "label" -> arrayOf(body, "selinux_opts").add(value);
      case "no-new-privileges" -> body.put("no_new_privileges", !"false".equals(value));
      default -> throw new IllegalArgumentException("security option \"" + option + "\" has no equivalent in podman's "
          + "API: use seccomp=, apparmor=, label= or no-new-privileges");
    }
  }

  private static void storage(ObjectNode body, ContainerSpec spec) {
    ArrayNode mounts = body.arrayNode();
    ArrayNode volumes = body.arrayNode();
    for (String path : spec.tmpfs()) {
      ObjectNode tmpfs = mounts.addObject().put("destination", path).put("type", "tmpfs").put("source", "tmpfs");
      strings(tmpfs.putArray("options"), TMPFS_OPTIONS);
    }
    for (String path : spec.anonymousVolumes()) {
      // removed with the container, as Docker removes an anonymous volume
      volumes.addObject().put("Name", "").put("Dest", path).put("IsAnonymous", true);
    }
    for (ContainerSpec.Mount mount : spec.mounts()) {
      if (mount.source().startsWith("/")) {
        ObjectNode bind = mounts.addObject().put("destination", mount.target()).put("type", "bind")
            .put("source", mount.source());
        ArrayNode options = bind.putArray("options").add("rbind").add(mount.readOnly() ? "ro" : "rw")
            .add(propagation(mount));
        if (mount.selinuxRelabel()) {
          options.add("Z");
        }
      } else {
        volumes.addObject().put("Name", mount.source()).put("Dest", mount.target())
            .putArray("Options").add(mount.readOnly() ? "ro" : "rw");
      }
    }
    if (!mounts.isEmpty()) {
      body.set("mounts", mounts);
    }
    if (!volumes.isEmpty()) {
      body.set("volumes", volumes);
    }
    if (spec.volumesFrom() != null) {
      body.putArray("volumes_from").add(spec.volumesFrom());
    }
  }

  private static String propagation(ContainerSpec.Mount mount) {
    return switch (mount.propagation()) {
      case NONE -> "rprivate";
      case HOST_TO_CONTAINER -> "rslave";
      case BIDIRECTIONAL -> "rshared";
    };
  }

  private static void ports(ObjectNode body, List<ContainerSpec.PortBinding> ports) {
    if (ports.isEmpty()) {
      return;
    }
    ArrayNode mappings = body.putArray("portmappings");
    for (ContainerSpec.PortBinding port : ports) {
      ObjectNode mapping = mappings.addObject().put("host_ip", port.hostAddress())
          .put("container_port", port.containerPort()).put("protocol", port.protocol());
      if (port.hostPort() != 0) {
        // left out, the engine chooses a free port
        mapping.put("host_port", port.hostPort());
      }
    }
  }

  private static void putIfPresent(ObjectNode body, String field, String value) {
    if (value != null) {
      body.put(field, value);
    }
  }

  private static void map(ObjectNode body, String field, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode node = body.putObject(field);
      values.forEach(node::put);
    }
  }

  private static ArrayNode arrayOf(ObjectNode body, String field) {
    return body.has(field) ? (ArrayNode) body.get(field) : body.putArray(field);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
