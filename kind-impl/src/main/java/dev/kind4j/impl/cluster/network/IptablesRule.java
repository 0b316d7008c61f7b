package dev.kind4j.impl.cluster.network;

import java.util.ArrayList;
import java.util.List;

/**
 * One iptables rule. Appending a rule twice adds it twice, so whoever applies it runs {@link #checkCommand()}
 * first and {@link #appendCommand()} only when that exits with status 1, the rule being absent.
 *
 * @param table such as {@code nat}
 * @param chain such as {@code POSTROUTING}
 * @param spec the rule's matches and target, such as {@code -s 10.244.1.0/24 -j MASQUERADE}
 */
public record IptablesRule(String table, String chain, List<String> spec) {

  public IptablesRule {
    spec = List.copyOf(spec);
  }

  /** The argument array that exits with status 0 if the rule is present, 1 if it is not. */
  public List<String> checkCommand() {
    return command("-C");
  }

  /** The argument array that adds the rule at the end of its chain. */
  public List<String> appendCommand() {
    return command("-A");
  }

  private List<String> command(String action) {
    List<String> command = new ArrayList<>(List.of("iptables", "-t", table, action, chain));
    command.addAll(spec);
    return List.copyOf(command);
  }
}
