package dev.kind4j.impl.cluster.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kind4j.impl.util.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's logic, run by bash with stand-ins for the node's {@code ip}, {@code iptables}, {@code getent} and
 * {@code kubectl} that log their arguments: which routes and rules it sets for a plan.
 */
class NetworkAgentScriptTest {

  private static final PodNetwork NETWORK =
      PodNetwork.plan("10.244.0.0/16", List.of("kind-control-plane", "kind-worker", "kind-worker2"));

  @TempDir
  Path dir;
  private Path script;
  private Path log;

  @BeforeEach
  void standIns() throws IOException {
    script = dir.resolve("kind4j-network");
    Files.write(script, Resources.bytes("/dev/kind4j/impl/cluster/network/kind4j-network"));
    log = dir.resolve("calls.log");
    Path bin = Files.createDirectory(dir.resolve("bin"));
    for (String command : List.of("ip", "iptables", "ip6tables", "kubectl")) {
      standIn(bin, command, "echo \"" + command + " $*\" >>\"$CALLS\"\n"
          + (command.endsWith("tables") ? "[[ \" $* \" != *\" -C \"* ]] || exit \"${IPTABLES_CHECK:-1}\"\n" : ""));
    }
    // kind-worker2 has no IPv6 address: getent then maps its IPv4 address into IPv6
    standIn(bin, "getent", """
        case "$1 $2" in
          "ahostsv4 kind-control-plane") echo "172.18.0.7      STREAM kind-control-plane" ;;
          "ahostsv6 kind-control-plane") printf '%s\\n' "fc00:f853:ccd:e793::7 STREAM kind-control-plane" "fc00:f853:ccd:e793::7 DGRAM" ;;
          "ahostsv4 kind-worker2") echo "172.18.0.5      STREAM kind-worker2" ;;
          "ahostsv6 kind-worker2") echo "::ffff:172.18.0.5 STREAM kind-worker2" ;;
          *) exit 2 ;;
        esac
        """);
    Files.writeString(dir.resolve("agent.conf"), NETWORK.agentConfig(NETWORK.node("kind-worker"), "kind-worker"));
  }

  @Test
  void setupPutsTheFixedAddressOnLoAndAddsTheMasqueradeRuleWhenMissing() throws Exception {
    assertThat(run("setup", "1")).isZero();

    assertThat(calls()).containsExactly(
        "ip address replace 198.18.0.2/32 dev lo",
        "iptables -t nat -C POSTROUTING -s 10.244.1.0/24 ! -d 10.244.0.0/16 -m comment --comment kind4j: masquerade "
            + "pod traffic leaving the pod network -j MASQUERADE",
        "iptables -t nat -A POSTROUTING -s 10.244.1.0/24 ! -d 10.244.0.0/16 -m comment --comment kind4j: masquerade "
            + "pod traffic leaving the pod network -j MASQUERADE");
  }

  @Test
  void setupAddsNoSecondMasqueradeRule() throws Exception {
    assertThat(run("setup", "0")).isZero();

    assertThat(calls()).hasSize(2).noneMatch(call -> call.contains(" -A "));
  }

  @Test
  void syncRoutesEveryOtherNodeViaItsCurrentAddressAndFailsWhileOneIsUnknown() throws Exception {
    assertThat(run("sync", "1")).as("routed, but kubelet has no credentials yet").isEqualTo(1);
    assertThat(calls()).containsExactly(
        "ip route replace 198.18.0.1/32 via 172.18.0.7",
        "ip route replace 10.244.0.0/24 via 172.18.0.7",
        "ip route replace 198.18.0.3/32 via 172.18.0.5",
        "ip route replace 10.244.2.0/24 via 172.18.0.5");

    Files.writeString(dir.resolve("agent.conf"), NETWORK.agentConfig(NETWORK.node("kind-control-plane"), "kind-control-plane"));
    Files.delete(log);
    assertThat(run("sync", "1")).as("kind-worker cannot be resolved").isNotZero();
    assertThat(calls()).containsExactly(
        "ip route replace 198.18.0.3/32 via 172.18.0.5",
        "ip route replace 10.244.2.0/24 via 172.18.0.5");
  }

  @Test
  void syncRecordsTheRangeUnderTheNodesKubernetesNameOnceKubeletHasCredentials() throws Exception {
    Files.writeString(dir.resolve("agent.conf"), NETWORK.agentConfig(NETWORK.node("kind-worker"), "kind-worker7"));
    Path kubeletConf = Files.writeString(dir.resolve("kubelet.conf"), "");

    assertThat(run("sync", "1", kubeletConf)).isZero();

    assertThat(calls()).filteredOn(call -> call.startsWith("kubectl")).containsExactly(
        "kubectl --kubeconfig=" + kubeletConf + " --request-timeout=5s get node kind-worker7 -o jsonpath={.spec.podCIDR}",
        "kubectl --kubeconfig=" + kubeletConf + " --request-timeout=5s patch node kind-worker7 --type=merge "
            + "-p {\"spec\":{\"podCIDR\":\"10.244.1.0/24\",\"podCIDRs\":[\"10.244.1.0/24\"]}}");
  }

  @Test
  void aDualStackPlanSetsUpRoutesAndRecordsEachFamilyWithItsOwnTools() throws Exception {
    PodNetwork dual = PodNetwork.plan("10.244.0.0/16,fd00:10:244::/56",
        List.of("kind-control-plane", "kind-worker", "kind-worker2"));
    Files.writeString(dir.resolve("agent.conf"), dual.agentConfig(dual.node("kind-worker"), "kind-worker"));
    Path kubeletConf = Files.writeString(dir.resolve("kubelet.conf"), "");

    assertThat(run("setup", "1")).isZero();
    assertThat(calls()).filteredOn(call -> !call.contains(" -C ")).containsExactly(
        "ip address replace 198.18.0.2/32 dev lo",
        "iptables -t nat -A POSTROUTING -s 10.244.1.0/24 ! -d 10.244.0.0/16 -m comment --comment kind4j: masquerade "
            + "pod traffic leaving the pod network -j MASQUERADE",
        "ip -6 address replace fd00:198:18::2/128 dev lo",
        "ip6tables -t nat -A POSTROUTING -s fd00:10:244:1::/64 ! -d fd00:10:244::/56 -m comment --comment kind4j: "
            + "masquerade pod traffic leaving the pod network -j MASQUERADE");

    Files.delete(log);
    assertThat(run("sync", "1", kubeletConf)).as("kind-worker2 has no IPv6 address yet").isEqualTo(1);
    assertThat(calls()).containsExactly(
        "ip route replace 198.18.0.1/32 via 172.18.0.7",
        "ip route replace 10.244.0.0/24 via 172.18.0.7",
        "ip -6 route replace fd00:198:18::1/128 via fc00:f853:ccd:e793::7",
        "ip -6 route replace fd00:10:244::/64 via fc00:f853:ccd:e793::7",
        "ip route replace 198.18.0.3/32 via 172.18.0.5",
        "ip route replace 10.244.2.0/24 via 172.18.0.5");

    PodNetwork alone = PodNetwork.plan("10.244.0.0/16,fd00:10:244::/56", List.of("kind-control-plane"));
    Files.writeString(dir.resolve("agent.conf"), alone.agentConfig(alone.node("kind-control-plane"), "kind-control-plane"));
    Files.delete(log);
    assertThat(run("sync", "1", kubeletConf)).isZero();
    assertThat(calls()).filteredOn(call -> call.contains("patch")).containsExactly(
        "kubectl --kubeconfig=" + kubeletConf + " --request-timeout=5s patch node kind-control-plane --type=merge "
            + "-p {\"spec\":{\"podCIDR\":\"10.244.0.0/24\",\"podCIDRs\":[\"10.244.0.0/24\",\"fd00:10:244::/64\"]}}");
  }

  private int run(String mode, String iptablesCheck) throws Exception {
    return run(mode, iptablesCheck, dir.resolve("no-kubelet.conf"));
  }

  private int run(String mode, String iptablesCheck, Path kubeletConf) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), mode).redirectErrorStream(true);
    builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("CALLS", log.toString());
    builder.environment().put("IPTABLES_CHECK", iptablesCheck);
    builder.environment().put("KIND4J_NETWORK_CONF", dir.resolve("agent.conf").toString());
    builder.environment().put("KIND4J_KUBELET_CONF", kubeletConf.toString());
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private List<String> calls() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private static void standIn(Path bin, String name, String body) throws IOException {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/usr/bin/env bash\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
