#!/usr/bin/env python3
"""Prints the files of Python's standard library that kind4j-dns and its unit tests load, one per line.

Run while that image is built. It runs kind4j-dns for real under `python3 -X importtime`, against a stand-in API
server on 127.0.0.1 serving one Service and its EndpointSlice, until kind4j-dns has handed unbound the records and
reported ready; then it runs the unit tests the same way. Tracing runs rather than reading code finds the imports a
module makes inside functions (the idna codec that socket looks up, for one) without the hundreds of modules a
static reading reaches. A module's files are its source and compiled __pycache__ file, or its shared object. The
tests' modules are listed too, so that they run on the very image that ships.

usage: stdlib_files.py DIRECTORY, where DIRECTORY holds kind4j_dns.py and kind4j_dns_test.py.
"""

import http.server
import importlib.util
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import time

STDLIB = os.path.dirname(os.__file__) + os.sep
SERVICE_ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount"
READY = "/run/kind4j-dns/ready"
SERVICE = {"metadata": {"name": "web", "namespace": "shop"},
           "spec": {"clusterIP": "10.96.0.20", "clusterIPs": ["10.96.0.20"],
                    "ports": [{"name": "http", "protocol": "TCP", "port": 80}]}}
SLICE = {"metadata": {"name": "web-abcde", "namespace": "shop", "labels": {"kubernetes.io/service-name": "web"}},
         "addressType": "IPv4", "endpoints": [{"addresses": ["10.244.0.5"], "conditions": {"ready": True}}],
         "ports": [{"name": "http", "protocol": "TCP", "port": 80}]}
LISTS = {"/api/v1/services": [SERVICE], "/apis/discovery.k8s.io/v1/endpointslices": [SLICE]}


class StandInApi(http.server.BaseHTTPRequestHandler):
    """Answers kind4j-dns's requests: discovery, a list per resource, and watches that stay open without events."""

    def do_GET(self):
        path, _, query = self.path.partition("?")
        if "watch=true" in query:
            self.send_response(200)
            self.end_headers()
            self.wfile.flush()
            time.sleep(60)
        elif path in LISTS:
            self._send(json.dumps({"metadata": {"resourceVersion": "1"}, "items": LISTS[path]}).encode())
        elif path == "/apis/discovery.k8s.io/v1":
            self._send(b"{}")
        else:
            self.send_error(404)

    def _send(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def serve_api(work):
    """Starts the stand-in API server with a certificate for 127.0.0.1 that the service account's ca.crt trusts."""
    key, certificate = os.path.join(work, "key.pem"), os.path.join(work, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", certificate], check=True, capture_output=True)
    os.makedirs(SERVICE_ACCOUNT, exist_ok=True)
    with open(certificate) as source, open(f"{SERVICE_ACCOUNT}/ca.crt", "w") as ca:
        ca.write(source.read())
    with open(f"{SERVICE_ACCOUNT}/token", "w") as token:
        token.write("stand-in\n")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandInApi)
    server.daemon_threads = True
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate, key)
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def traced_run(directory, port):
    """The modules kind4j-dns imports from its start until it reports ready."""
    environment = {**os.environ, "KUBERNETES_SERVICE_HOST": "127.0.0.1", "KUBERNETES_SERVICE_PORT": str(port)}
    with tempfile.TemporaryFile() as trace:
        dns = subprocess.Popen([sys.executable, "-X", "importtime", "kind4j_dns.py"], cwd=directory,
                               env=environment, stderr=trace, start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while not os.path.exists(READY):
                if dns.poll() is not None or time.monotonic() > deadline:
                    trace.seek(0)
                    sys.exit("kind4j-dns did not become ready against the stand-in API server:\n"
                             + trace.read().decode(errors="replace"))
                time.sleep(0.1)
        finally:
            os.killpg(dns.pid, 9)
            dns.wait()
        trace.seek(0)
        return imported(trace.read().decode())


def traced_tests(directory):
    """The modules kind4j-dns's unit tests import."""
    result = subprocess.run([sys.executable, "-X", "importtime", "kind4j_dns_test.py"], cwd=directory,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("kind4j-dns's unit tests failed:\n" + result.stderr)
    return imported(result.stderr)


def imported(trace):
    """The module names an -X importtime trace lists."""
    names = {line.rsplit("|", 1)[1].strip() for line in trace.splitlines() if line.startswith("import time:")}
    return names - {"imported package"}


def files(modules):
    """The standard library's files of these modules: source and compiled file, or shared object."""
    found = set()
    for module in modules:
        try:
            spec = importlib.util.find_spec(module)
        except ModuleNotFoundError:  # tried and missed while traced, such as Jython's org.python.core: so it stays
            continue
        if not spec:
            continue
        # a frozen module runs from the interpreter, but os.py is how it finds its library, and tracebacks show source
        origin = getattr(spec.loader_state, "filename", None) if spec.origin == "frozen" else spec.origin
        if not origin or not origin.startswith(STDLIB) or not os.path.isfile(origin):
            continue
        found.add(origin)
        if origin.endswith(".py"):
            compiled = importlib.util.cache_from_source(origin)
            if os.path.isfile(compiled):
                found.add(compiled)
    return found


def main(directory):
    with tempfile.TemporaryDirectory() as work:
        modules = traced_run(directory, serve_api(work))
    print(*sorted(files(modules | traced_tests(directory))), sep="\n")


if __name__ == "__main__":
    main(sys.argv[1])
