"""Unit tests of kind4j-dns's record generation, run while its image is built: a failure fails the build."""

import unittest

from kind4j_dns import changes, records, unbound_config


def service(name, namespace="shop", cluster_ip="10.96.0.20", ports=(), **spec):
    spec = {"clusterIP": cluster_ip, "ports": list(ports), **spec}
    return {"metadata": {"name": name, "namespace": namespace}, "spec": spec}


def endpoint_slice(service_name, endpoints, namespace="shop", ports=(), address_type="IPv4"):
    return {"metadata": {"name": service_name + "-abcde", "namespace": namespace,
                         "labels": {"kubernetes.io/service-name": service_name}},
            "addressType": address_type, "endpoints": list(endpoints), "ports": list(ports)}


def endpoint(address, ready=True, hostname=None):
    found = {"addresses": [address], "conditions": {"ready": ready}}
    if hostname:
        found["hostname"] = hostname
    return found


HTTP = {"name": "http", "protocol": "TCP", "port": 80}
UNNAMED = {"protocol": "UDP", "port": 9000}


class RecordsTest(unittest.TestCase):

    def test_a_cluster_ip_service_answers_its_cluster_ip_and_srv_for_named_ports_only(self):
        found = records("cluster.local", [service("web", ports=[HTTP, UNNAMED])], [])
        self.assertEqual(found, {
            "web.shop.svc.cluster.local.": {"web.shop.svc.cluster.local. 5 IN A 10.96.0.20"},
            "_http._tcp.web.shop.svc.cluster.local.":
                {"_http._tcp.web.shop.svc.cluster.local. 5 IN SRV 0 100 80 web.shop.svc.cluster.local."},
        })

    def test_a_cluster_ip_service_ignores_its_endpoints(self):
        found = records("cluster.local", [service("web")], [endpoint_slice("web", [endpoint("10.244.0.5")])])
        self.assertEqual(set(found), {"web.shop.svc.cluster.local."})

    def test_a_dual_stack_service_answers_a_and_aaaa(self):
        found = records("cluster.local", [service("web", clusterIPs=["10.96.0.20", "fd00:10:96::20"])], [])
        self.assertEqual(found["web.shop.svc.cluster.local."], {
            "web.shop.svc.cluster.local. 5 IN A 10.96.0.20",
            "web.shop.svc.cluster.local. 5 IN AAAA fd00:10:96::20"})

    def test_a_headless_service_answers_each_ready_endpoint(self):
        slices = [endpoint_slice("db", [endpoint("10.244.1.7"), endpoint("10.244.2.9"),
                                        endpoint("10.244.3.3", ready=False)])]
        found = records("cluster.local", [service("db", cluster_ip="None")], slices)
        self.assertEqual(found["db.shop.svc.cluster.local."], {
            "db.shop.svc.cluster.local. 5 IN A 10.244.1.7",
            "db.shop.svc.cluster.local. 5 IN A 10.244.2.9"})
        self.assertEqual(found["10-244-1-7.db.shop.svc.cluster.local."],
                         {"10-244-1-7.db.shop.svc.cluster.local. 5 IN A 10.244.1.7"})
        self.assertNotIn("10-244-3-3.db.shop.svc.cluster.local.", found)

    def test_an_endpoint_without_a_ready_condition_counts_as_ready(self):
        slices = [endpoint_slice("db", [{"addresses": ["10.244.1.7"]}])]
        found = records("cluster.local", [service("db", cluster_ip="None")], slices)
        self.assertIn("db.shop.svc.cluster.local.", found)

    def test_statefulset_pods_answer_by_hostname_with_srv_pointing_at_them(self):
        slices = [endpoint_slice("web", [endpoint("10.244.1.7", hostname="web-0"),
                                         endpoint("10.244.2.9", hostname="web-1")], ports=[HTTP])]
        found = records("cluster.local", [service("web", cluster_ip="None", ports=[HTTP])], slices)
        self.assertEqual(found["web-0.web.shop.svc.cluster.local."],
                         {"web-0.web.shop.svc.cluster.local. 5 IN A 10.244.1.7"})
        self.assertEqual(found["web-1.web.shop.svc.cluster.local."],
                         {"web-1.web.shop.svc.cluster.local. 5 IN A 10.244.2.9"})
        self.assertEqual(found["_http._tcp.web.shop.svc.cluster.local."], {
            "_http._tcp.web.shop.svc.cluster.local. 5 IN SRV 0 100 80 web-0.web.shop.svc.cluster.local.",
            "_http._tcp.web.shop.svc.cluster.local. 5 IN SRV 0 100 80 web-1.web.shop.svc.cluster.local."})

    def test_a_headless_service_collects_endpoints_from_all_its_slices_and_only_its_own(self):
        slices = [endpoint_slice("db", [endpoint("10.244.1.7")]),
                  endpoint_slice("db", [endpoint("fd00:10:244::7")], address_type="IPv6"),
                  endpoint_slice("db", [endpoint("10.244.9.9")], namespace="other"),
                  endpoint_slice("cache", [endpoint("10.244.8.8")]),
                  endpoint_slice("db", [{"addresses": ["db.example.com"]}], address_type="FQDN")]
        found = records("cluster.local", [service("db", cluster_ip="None")], slices)
        self.assertEqual(found["db.shop.svc.cluster.local."], {
            "db.shop.svc.cluster.local. 5 IN A 10.244.1.7",
            "db.shop.svc.cluster.local. 5 IN AAAA fd00:10:244::7"})
        self.assertIn("fd00-10-244--7.db.shop.svc.cluster.local.", found)

    def test_a_headless_service_without_endpoints_has_no_records(self):
        self.assertEqual(records("cluster.local", [service("db", cluster_ip="None")], []), {})

    def test_an_external_name_service_has_no_records(self):
        found = records("cluster.local", [service("search", cluster_ip=None, type="ExternalName",
                                                  externalName="www.example.com")], [])
        self.assertEqual(found, {})

    def test_kubernetes_default_and_a_custom_domain_and_ttl(self):
        found = records("corp.example.", [service("kubernetes", namespace="default", cluster_ip="10.96.0.1")],
                        [], ttl=30)
        self.assertEqual(found, {"kubernetes.default.svc.corp.example.":
                                 {"kubernetes.default.svc.corp.example. 30 IN A 10.96.0.1"}})


class ChangesTest(unittest.TestCase):

    A = "web.shop.svc.cluster.local. 5 IN A 10.96.0.20"
    B = "db.shop.svc.cluster.local. 5 IN A 10.244.1.7"
    C = "db.shop.svc.cluster.local. 5 IN A 10.244.2.9"

    def test_everything_is_added_at_first(self):
        self.assertEqual(changes({}, {"web": frozenset({self.A})}), ([], [self.A]))

    def test_a_name_that_only_gains_is_not_cleared(self):
        self.assertEqual(changes({"db": frozenset({self.B})}, {"db": frozenset({self.B, self.C})}), ([], [self.C]))

    def test_a_name_that_loses_is_cleared_and_written_again(self):
        self.assertEqual(changes({"db": frozenset({self.B, self.C})}, {"db": frozenset({self.C})}), (["db"], [self.C]))

    def test_a_name_that_is_gone_is_cleared(self):
        self.assertEqual(changes({"web": frozenset({self.A})}, {}), (["web"], []))

    def test_nothing_changes_nothing(self):
        self.assertEqual(changes({"web": frozenset({self.A})}, {"web": frozenset({self.A})}), ([], []))


class UnboundConfigTest(unittest.TestCase):

    def test_the_domain_is_local_and_everything_else_goes_to_resolv_confs_nameservers(self):
        config = unbound_config("cluster.local", "search example\nnameserver 172.18.0.1\nnameserver fd00::1\n"
                                "options ndots:0\n", ipv6=False, run="/run/x")
        self.assertIn('local-zone: "cluster.local." static', config)
        self.assertIn('forward-zone:\n  name: "."\n  forward-addr: 172.18.0.1\n  forward-addr: fd00::1\n', config)
        self.assertIn("control-interface: /run/x/unbound.ctl", config)
        self.assertNotIn("interface: ::0", config)

    def test_ipv6_listens_on_both_families(self):
        self.assertIn("interface: ::0", unbound_config("cluster.local", "", ipv6=True))

    def test_no_nameserver_means_no_forwarding(self):
        self.assertNotIn("forward-zone", unbound_config("cluster.local", "# empty\n", ipv6=False))


if __name__ == "__main__":
    unittest.main()
