package dev.kind4j.impl.testing;

import dev.kind4j.impl.util.HostCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host's kernel settings that are global to the machine, read with {@code sysctl -a}: every key
 * except the per-network-namespace {@code net.*} ones (the global conntrack limits stay in) and
 * the counters that change on their own.
 */
public final class HostSysctls {

  private static final List<String> GLOBAL_NET_KEYS = List.of("net.netfilter.nf_conntrack_max", "net.nf_conntrack_max");
  private static final List<String> COUNTERS = List.of("fs.dentry-state", "fs.file-nr", "fs.inode-nr",
      "fs.inode-state", "fs.quota.", "kernel.ns_last_pid", "kernel.random.", "kernel.pty.nr");

  private HostSysctls() {}

  public static Map<String, String> globals() {
    String all = HostCommand.output(List.of("sysctl", "-a"), Path.of("/"), Duration.ofSeconds(30));
    Map<String, String> settings = new TreeMap<>();
    for (String line : all.lines().toList()) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        continue;
      }
      String key = line.substring(0, eq);
      boolean perNamespace = key.startsWith("net.") && !GLOBAL_NET_KEYS.contains(key);
      if (!perNamespace && COUNTERS.stream().noneMatch(key::startsWith)) {
        settings.put(key, line.substring(eq + 3));
      }
    }
    return settings;
  }
}
