#!/usr/bin/env python3
"""kind4j's offline cluster DNS: unbound, whose records follow the cluster's Services and EndpointSlices.

The only process of the kind4j-dns pod. It writes unbound's configuration (the cluster domain answered from local
data, every other name forwarded to the nameservers of the pod's resolv.conf, which with dnsPolicy Default are the
node's), starts unbound, then lists and watches Services and EndpointSlices through the API server and changes
unbound's records with unbound-control as events arrive: no restart of unbound and no polling. Records follow the
Kubernetes DNS specification, as CoreDNS serves them:

  <service>.<ns>.svc.<domain>                 A/AAAA of the cluster IPs, or of each ready endpoint when headless
  <hostname>.<service>.<ns>.svc.<domain>      A/AAAA of a headless Service's endpoint: its hostname (StatefulSet
                                              pods, pods with hostname and subdomain) or its address with dashes
  _<port>._<proto>.<service>.<ns>.svc.<domain> SRV for each named port

ExternalName Services get no record: unbound does not follow a CNAME from its local data, and a bare CNAME is not
an answer the C library's resolver accepts.

Only the standard library is used; records() and changes() are pure and unit-tested while the image is built.
"""

import argparse
import http.client
import ipaddress
import json
import os
import ssl
import subprocess
import sys
import threading
import time
import urllib.parse

SERVICE_ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount"
RUN = "/run/kind4j-dns"
SERVICE_NAME_LABEL = "kubernetes.io/service-name"


# Records: pure functions of the cluster's objects.

def records(domain, services, slices, ttl=5):
    """The records unbound should hold: a dict from owner name to a frozenset of RRs in unbound's text form."""
    zone = domain.strip(".").lower() + "."
    endpoints = _ready_endpoints(slices)
    owned = {}

    def add(name, rtype, data):
        owned.setdefault(name, set()).add(f"{name} {ttl} IN {rtype} {data}")

    for service in services:
        meta, spec = service.get("metadata", {}), service.get("spec", {})
        namespace, name = meta.get("namespace", ""), meta.get("name", "")
        base = f"{name}.{namespace}.svc.{zone}"
        if spec.get("type") == "ExternalName":
            continue
        cluster_ips = [ip for ip in spec.get("clusterIPs") or [spec.get("clusterIP")] if ip and ip != "None"]
        if cluster_ips:
            for ip in cluster_ips:
                add(base, _address_type(ip), ip)
            for port in spec.get("ports") or []:
                if port.get("name"):
                    add(_srv_name(port, base), "SRV", f"0 100 {port['port']} {base}")
            continue
        if spec.get("clusterIP") != "None":
            continue
        for address, hostname, ports in endpoints.get((namespace, name), []):
            target = f"{hostname or _dashed(address)}.{base}"
            add(base, _address_type(address), address)
            add(target, _address_type(address), address)
            for port in ports:
                if port.get("name") and port.get("port"):
                    add(_srv_name(port, base), "SRV", f"0 100 {port['port']} {target}")
    return {name: frozenset(rrs) for name, rrs in owned.items()}


def changes(old, new):
    """What turns unbound's records from old into new: (names to clear, RRs to add).

    A name that only gains RRs is not cleared, so it keeps answering throughout; a name that loses any is cleared and
    written again whole, because unbound removes local data only by name.
    """
    cleared, added = [], []
    for name in sorted(set(old) | set(new)):
        before, after = old.get(name, frozenset()), new.get(name, frozenset())
        if before - after:
            cleared.append(name)
            added.extend(sorted(after))
        else:
            added.extend(sorted(after - before))
    return cleared, added


def unbound_config(domain, resolv_conf, ipv6, run=RUN):
    """unbound.conf: the cluster domain from local data, everything else forwarded to resolv.conf's nameservers."""
    upstream = [line.split()[1] for line in resolv_conf.splitlines()
                if line.strip().startswith("nameserver") and len(line.split()) > 1]
    lines = [
        "server:",
        "  verbosity: 1",
        "  num-threads: 1",
        "  interface: 0.0.0.0",
        *(["  interface: ::0"] if ipv6 else []),
        f"  do-ip6: {'yes' if ipv6 else 'no'}",
        "  port: 53",
        "  do-daemonize: no",
        '  username: ""',
        '  chroot: ""',
        f'  directory: "{run}"',
        '  pidfile: ""',
        "  use-syslog: no",
        "  access-control: 0.0.0.0/0 allow",
        "  access-control: ::/0 allow",
        '  module-config: "iterator"',
        "  do-not-query-localhost: no",
        "  msg-cache-size: 4m",
        "  rrset-cache-size: 8m",
        f'  local-zone: "{domain.strip(".").lower()}." static',
        "remote-control:",
        "  control-enable: yes",
        f"  control-interface: {run}/unbound.ctl",
        "  control-use-cert: no",
    ]
    if upstream:
        lines += ["forward-zone:", '  name: "."', *[f"  forward-addr: {address}" for address in upstream]]
    return "\n".join(lines) + "\n"


def _ready_endpoints(slices):
    """(address, hostname, ports) of every ready endpoint, by (namespace, service)."""
    found = {}
    for endpoint_slice in slices:
        if endpoint_slice.get("addressType") not in ("IPv4", "IPv6"):
            continue
        meta = endpoint_slice.get("metadata", {})
        service = (meta.get("labels") or {}).get(SERVICE_NAME_LABEL)
        if not service:
            continue
        ports = endpoint_slice.get("ports") or []
        for endpoint in endpoint_slice.get("endpoints") or []:
            if (endpoint.get("conditions") or {}).get("ready") is False:
                continue
            for address in endpoint.get("addresses") or []:
                found.setdefault((meta.get("namespace", ""), service), []).append(
                    (address, endpoint.get("hostname"), ports))
    return found


def _srv_name(port, base):
    return f"_{port['name']}._{port.get('protocol', 'TCP').lower()}.{base}"


def _address_type(address):
    return "AAAA" if ipaddress.ip_address(address).version == 6 else "A"


def _dashed(address):
    return address.replace(".", "-").replace(":", "-")


# The API server: lists and watches with the pod's service account.

class Api:
    def __init__(self):
        self.host = os.environ["KUBERNETES_SERVICE_HOST"]
        self.port = int(os.environ.get("KUBERNETES_SERVICE_PORT", "443"))
        self.tls = ssl.create_default_context(cafile=f"{SERVICE_ACCOUNT}/ca.crt")

    def open(self, path, timeout):
        """A response to GET path, status 200, or an error naming what failed."""
        connection = http.client.HTTPSConnection(self.host, self.port, context=self.tls, timeout=timeout)
        with open(f"{SERVICE_ACCOUNT}/token") as token:
            headers = {"Authorization": "Bearer " + token.read().strip(), "Accept": "application/json"}
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        if response.status != 200:
            body = response.read(500).decode(errors="replace")
            connection.close()
            raise OSError(f"GET {path}: HTTP {response.status} {body}")
        return response

    def exists(self, path):
        """Whether the API server serves path, asked until it answers."""
        while True:
            try:
                self.open(path, 30).read()
                return True
            except OSError as e:
                if "HTTP 404" in str(e):
                    return False
                log(f"{path}: {e}; asking again in 1 s")
                time.sleep(1)


class Informer(threading.Thread):
    """Keeps objects (by namespace/name) equal to one resource's collection: a list, then a watch from its version."""

    def __init__(self, api, path, events):
        super().__init__(daemon=True, name=path)
        self.api, self.path, self.events = api, path, events
        self.objects = {}
        self.listed = False

    def run(self):
        while True:
            try:
                self._list_and_watch()
            except Exception as e:  # the API server restarts with its node: list again
                log(f"{self.path}: {e}; listing again in 1 s")
                time.sleep(1)

    def _list_and_watch(self):
        listing = json.load(self.api.open(self.path, 60))
        version = listing["metadata"]["resourceVersion"]
        self._replace({_key(item): item for item in listing.get("items") or []})
        while True:
            query = urllib.parse.urlencode({"watch": "true", "resourceVersion": version,
                                            "allowWatchBookmarks": "true", "timeoutSeconds": "300"})
            with self.api.open(f"{self.path}?{query}", 330) as stream:
                for line in stream:
                    event = json.loads(line)
                    item = event.get("object") or {}
                    if event.get("type") == "ERROR":
                        raise OSError(f"watch ended: {item.get('message', item)}")
                    version = item.get("metadata", {}).get("resourceVersion", version)
                    if event.get("type") in ("ADDED", "MODIFIED"):
                        self._update(lambda objects: objects.__setitem__(_key(item), item))
                    elif event.get("type") == "DELETED":
                        self._update(lambda objects: objects.pop(_key(item), None))

    def _replace(self, objects):
        with self.events.condition:
            self.objects, self.listed = objects, True
            self.events.count += 1
            self.events.condition.notify_all()

    def _update(self, edit):
        with self.events.condition:
            edit(self.objects)
            self.events.count += 1
            self.events.condition.notify_all()


class Events:
    """How many changes the informers have seen, and the condition they signal each one on."""

    def __init__(self):
        self.condition = threading.Condition()
        self.count = 0


def _key(item):
    meta = item.get("metadata", {})
    return meta.get("namespace", ""), meta.get("name", "")


# unbound.

class Unbound:
    def __init__(self, config_path):
        self.config_path = config_path
        self.process = subprocess.Popen(["unbound", "-d", "-c", config_path])
        threading.Thread(target=self._exit_with_unbound, daemon=True).start()
        deadline = time.monotonic() + 30
        while subprocess.run(self._control("status"), capture_output=True).returncode != 0:
            if time.monotonic() > deadline:
                sys.exit("kind4j-dns: unbound did not answer unbound-control within 30 s")
            time.sleep(0.1)

    def _exit_with_unbound(self):
        code = self.process.wait()
        log(f"unbound exited with code {code}")
        os._exit(1)

    def _control(self, *command):
        return ["unbound-control", "-c", self.config_path, *command]

    def apply(self, cleared, added):
        for command, lines in (("local_datas_remove", cleared), ("local_datas", added)):
            if lines:
                result = subprocess.run(self._control(command), input="\n".join(lines) + "\n", text=True,
                                        capture_output=True)
                if result.returncode != 0 or "error" in result.stdout.lower():
                    raise OSError(f"unbound-control {command}: {result.stdout.strip()} {result.stderr.strip()}")


def log(message):
    print(f"kind4j-dns: {message}", file=sys.stderr, flush=True)


def main():
    parser = argparse.ArgumentParser(description="kind4j's offline cluster DNS")
    parser.add_argument("--domain", default="cluster.local", help="the cluster domain, as kubelet's clusterDomain")
    parser.add_argument("--ttl", type=int, default=5, help="the TTL of the cluster's records, in seconds")
    arguments = parser.parse_args()
    os.makedirs(RUN, exist_ok=True)
    with open("/etc/resolv.conf") as resolv:
        resolv_conf = resolv.read()
    ipv6 = os.path.exists("/proc/net/if_inet6") and open("/proc/net/if_inet6").read().strip() != ""
    config_path = f"{RUN}/unbound.conf"
    with open(config_path, "w") as config:
        config.write(unbound_config(arguments.domain, resolv_conf, ipv6))
    unbound = Unbound(config_path)

    api = Api()
    slice_version = "v1" if api.exists("/apis/discovery.k8s.io/v1") else "v1beta1"
    events = Events()
    services = Informer(api, "/api/v1/services", events)
    slices = Informer(api, f"/apis/discovery.k8s.io/{slice_version}/endpointslices", events)
    services.start()
    slices.start()
    log(f"serving {arguments.domain} from Services and discovery.k8s.io/{slice_version} EndpointSlices")

    served, applied = {}, -1
    while True:
        with events.condition:
            events.condition.wait_for(lambda: services.listed and slices.listed and events.count != applied)
        time.sleep(0.05)  # let a burst of events land, then apply them at once
        with events.condition:
            applied = events.count
            wanted = records(arguments.domain, list(services.objects.values()), list(slices.objects.values()),
                             arguments.ttl)
        try:
            unbound.apply(*changes(served, wanted))
            served = wanted
            open(f"{RUN}/ready", "w").close()
        except OSError as e:
            log(f"{e}; writing every record again in 1 s")
            time.sleep(1)
            try:
                unbound.apply(list(served), [])
            except OSError:
                pass
            served, applied = {}, -1


if __name__ == "__main__":
    main()
