package dev.kind4j.impl.provider.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kind4j.config.MountPropagation;
import dev.kind4j.impl.provider.ContainerSpec;
import org.junit.jupiter.api.Test;

/** How a {@link ContainerSpec} becomes the body of podman's own create call. */
class LibpodSpecTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPlainContainerNamesOnlyItsImageAndTerminal() throws Exception {
    assertThat(LibpodSpec.of(ContainerSpec.builder("image").build()))
        .isEqualTo(JSON.readTree("{\"image\":\"image\",\"terminal\":false}"));
  }

  @Test
  void aNodeGetsAPrivateCgroupNamespaceAndKindsRunOptions() throws Exception {
    ObjectNode body = LibpodSpec.of(ContainerSpec.builder("kindest/node:v1.20.2")
        .name("kind-control-plane").hostname("kind-control-plane")
        .entrypoint("/usr/local/bin/entrypoint").command("/sbin/init")
        .label("io.x-k8s.kind.cluster", "kind").env("KUBECONFIG", "/etc/kubernetes/admin.conf")
        .network("kind")
        .addCapability("ALL").dropCapability("SYS_RESOURCE").deviceCgroupRule("a *:* rwm").device("/dev/kmsg")
        .securityOption("seccomp=unconfined").securityOption("apparmor=unconfined")
        .tty().privateCgroupNamespace().noInit().restartOnFailure(1)
        .tmpfs("/tmp").anonymousVolume("/var")
        .mount("/lib/modules", "/lib/modules", true)
        .publish(new ContainerSpec.PortBinding("127.0.0.1", 0, 6443, "tcp"))
        .sysctl("net.ipv6.conf.all.forwarding", "1")
        .build());

    assertThat(body).isEqualTo(JSON.readTree("""
        {"image":"kindest/node:v1.20.2","name":"kind-control-plane","hostname":"kind-control-plane",
         "entrypoint":["/usr/local/bin/entrypoint"],"command":["/sbin/init"],
         "labels":{"io.x-k8s.kind.cluster":"kind"},"env":{"KUBECONFIG":"/etc/kubernetes/admin.conf"},
         "sysctl":{"net.ipv6.conf.all.forwarding":"1"},
         "netns":{"nsmode":"bridge"},"Networks":{"kind":{}},
         "cap_add":["ALL"],"cap_drop":["SYS_RESOURCE"],"devices":[{"path":"/dev/kmsg"}],
         "device_cgroup_rule":[{"allow":true,"type":"a","access":"rwm"}],
         "seccomp_profile_path":"unconfined","apparmor_profile":"unconfined",
         "mounts":[{"destination":"/tmp","type":"tmpfs","source":"tmpfs",
                    "options":["rw","rprivate","nosuid","nodev","tmpcopyup"]},
                   {"destination":"/lib/modules","type":"bind","source":"/lib/modules",
                    "options":["rbind","ro","rprivate"]}],
         "volumes":[{"Name":"","Dest":"/var","IsAnonymous":true}],
         "portmappings":[{"host_ip":"127.0.0.1","container_port":6443,"protocol":"tcp"}],
         "cgroupns":{"nsmode":"private"},"terminal":true,"restart_policy":"on-failure","restart_tries":1}
        """));
  }

  @Test
  void namedVolumesPropagationRelabellingAndFixedPortsKeepTheirMeaning() {
    JsonNode body = LibpodSpec.of(ContainerSpec.builder("image")
        .mount(new ContainerSpec.Mount("/src", "/dst", false, MountPropagation.BIDIRECTIONAL, true))
        .mount("cache", "/cache", true)
        .publish(new ContainerSpec.PortBinding("::1", 8080, 80, "tcp"))
        .volumesFrom("data").hostPidNamespace().network("host").securityOption("label=disable")
        .build());

    assertThat(body.at("/mounts/0/options").toString()).isEqualTo("[\"rbind\",\"rw\",\"rshared\",\"Z\"]");
    assertThat(body.at("/volumes/0").toString()).isEqualTo("{\"Name\":\"cache\",\"Dest\":\"/cache\",\"Options\":[\"ro\"]}");
    assertThat(body.at("/portmappings/0/host_port").asInt()).isEqualTo(8080);
    assertThat(body.at("/portmappings/0/host_ip").asText()).isEqualTo("::1");
    assertThat(body.at("/volumes_from/0").asText()).isEqualTo("data");
    assertThat(body.at("/pidns/nsmode").asText()).isEqualTo("host");
    assertThat(body.at("/netns/nsmode").asText()).isEqualTo("host");
    assertThat(body.has("Networks")).isFalse();
    assertThat(body.at("/selinux_opts/0").asText()).isEqualTo("disable");
  }

  @Test
  void deviceRulesKeepTheirNumbers() {
    ObjectNode rule = JSON.createObjectNode();
    LibpodSpec.deviceRule(rule, "c 10:229 rwm");

    assertThat(rule.toString()).isEqualTo("{\"allow\":true,\"type\":\"c\",\"major\":10,\"minor\":229,\"access\":\"rwm\"}");
  }

  @Test
  void whatPodmanCannotExpressIsRefusedByName() {
    assertThatThrownBy(() -> LibpodSpec.deviceRule(JSON.createObjectNode(), "all devices"))
        .hasMessageContaining("device cgroup rule \"all devices\"").hasMessageContaining("a *:* rwm");
    assertThatThrownBy(() -> LibpodSpec.of(ContainerSpec.builder("image").securityOption("systempaths=unconfined").build()))
        .hasMessageContaining("security option \"systempaths=unconfined\"");
  }
}
