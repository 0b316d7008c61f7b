# kind4j's offline cluster DNS: Debian's unbound, with kind4j-dns (Python's standard library only) feeding it the
# cluster's records. kind4j-dns's unit tests run in a stage of their own: a failing test fails the build.
FROM {{base}} AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends unbound python3 \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY kind4j_dns.py /usr/local/lib/kind4j-dns/
FROM runtime AS test
COPY kind4j_dns_test.py /usr/local/lib/kind4j-dns/
RUN cd /usr/local/lib/kind4j-dns && python3 -m unittest -v kind4j_dns_test && touch /tested
FROM runtime
COPY --from=test /tested /usr/local/lib/kind4j-dns/tested
ENTRYPOINT ["python3", "/usr/local/lib/kind4j-dns/kind4j_dns.py"]
