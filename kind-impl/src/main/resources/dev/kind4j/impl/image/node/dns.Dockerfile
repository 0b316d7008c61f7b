# kind4j's offline cluster DNS: Debian's unbound, with kind4j-dns (Python's standard library only) feeding it the
# cluster's records; nothing else: unbound and unbound-control, the Python interpreter with only the standard library
# kind4j-dns and its unit tests load (stdlib_files.py lists it), test for the readiness probe, and the libraries they
# link; no shell, no package manager. The unit tests run on that same runtime in a stage of their own: a failing test
# fails the build.
FROM {{base}} AS collect
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends unbound python3 \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY kind4j_dns.py kind4j_dns_test.py stdlib_files.py /src/
RUN python3 /src/stdlib_files.py /src > /stdlib-files \
 && mkdir -p /out \
 && tar -c /usr/sbin/unbound /usr/sbin/unbound-control /usr/bin/test /usr/bin/python3 /usr/bin/python3.* \
      | tar -x -C /out \
 && tar -ch -T /stdlib-files | tar -x -C /out \
 && for program in /usr/sbin/unbound /usr/sbin/unbound-control /usr/bin/test /usr/bin/python3.* \
      $(grep '\.so$' /stdlib-files); do \
      for lib in $(ldd "$program" | grep -o '/[^ ]*'); do mkdir -p "/out$(dirname "$lib")" && cp -L "$lib" "/out$lib"; done; \
    done
FROM scratch AS runtime
COPY --from=collect /out/ /
COPY kind4j_dns.py /usr/local/lib/kind4j-dns/
ENV PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
FROM runtime AS test
COPY kind4j_dns_test.py /usr/local/lib/kind4j-dns/
WORKDIR /usr/local/lib/kind4j-dns
RUN ["unbound", "-V"]
RUN ["python3", "kind4j_dns_test.py", "-v"]
RUN ["python3", "-c", "open('/tested', 'w').close()"]
FROM runtime
COPY --from=test /tested /usr/local/lib/kind4j-dns/tested
ENTRYPOINT ["python3", "/usr/local/lib/kind4j-dns/kind4j_dns.py"]
