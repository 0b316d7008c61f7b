package dev.kind4j.impl.node;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Linux capability names by bit number, as in {@code linux/capability.h}, for reading {@code CapBnd} masks. */
final class Capabilities {

  private static final List<String> BY_BIT = List.of(
      "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID",
      "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW",
      "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT",
      "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
      "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG",
      "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE");

  private Capabilities() {}

  /**
   * The known capabilities whose bits are clear in a hexadecimal {@code CapBnd} mask, such as
   * {@code SYS_RESOURCE} for {@code 000001fffeffffff}.
   */
  static Set<String> missingFrom(String hexMask) {
    long mask = Long.parseUnsignedLong(hexMask.strip(), 16);
    Set<String> missing = new LinkedHashSet<>();
    for (int bit = 0; bit < BY_BIT.size(); bit++) {
      if ((mask & (1L << bit)) == 0) {
        missing.add(BY_BIT.get(bit));
      }
    }
    return missing;
  }
}
