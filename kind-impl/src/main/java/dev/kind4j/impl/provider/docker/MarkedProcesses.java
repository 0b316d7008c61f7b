package dev.kind4j.impl.provider.docker;

import java.util.List;

/**
 * Kills, inside a container, the processes whose environment holds a marker such as {@code KIND4J_EXEC=<uuid>}: a
 * command run with it and all it started, since children inherit the environment. The processes are found through
 * {@code /proc/<pid>/environ} with {@code grep}, killed with SIGKILL, and looked for again until none is left
 * (a fork may race the first round). Exits 0 when none is left, 1 when some survive, 3 without {@code grep}.
 */
final class MarkedProcesses {

  private static final String SCRIPT = """
      command -v grep >/dev/null 2>&1 || { echo 'no grep to find the processes with' >&2; exit 3; }
      round=0
      while [ "$round" -lt 20 ]; do
        pids=
        for f in $(grep -l -a -s -F -- "$1" /proc/[0-9]*/environ); do
          p=${f#/proc/}
          pids="$pids ${p%/environ}"
        done
        [ -z "$pids" ] && exit 0
        kill -9 $pids 2>/dev/null
        round=$((round + 1))
        sleep 0.1 2>/dev/null
      done
      echo "still running:$pids" >&2
      exit 1
      """;

  private MarkedProcesses() {}

  /** The argument array that kills the processes marked with {@code marker} ({@code NAME=value}). */
  static List<String> killCommand(String marker) {
    // The marker goes in as an argument, not in the environment, so the killer does not find itself.
    return List.of("sh", "-c", SCRIPT, "sh", marker);
  }
}
