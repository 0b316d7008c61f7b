# kube-proxy and only what it runs: iptables and ip6tables of both backends (the base image's choice stays the
# default) with their extensions, conntrack and ipset, and the libraries they link; no shell, no package manager.
FROM {{base}} AS collect
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ipset \
 && mkdir -p /out \
 && tar -c /usr/sbin/iptables* /usr/sbin/ip6tables* /usr/sbin/xtables-*-multi /etc/alternatives/ip*tables* \
      /usr/sbin/conntrack /usr/sbin/ipset /usr/lib/*-linux-gnu/xtables /etc/protocols | tar -x -C /out \
 && for program in /usr/sbin/xtables-*-multi /usr/sbin/conntrack /usr/sbin/ipset /usr/lib/*-linux-gnu/xtables/*.so; do \
      for lib in $(ldd "$program" | grep -o '/[^ ]*'); do mkdir -p "/out$(dirname "$lib")" && cp -L "$lib" "/out$lib"; done; \
    done
FROM scratch
COPY --from=collect /out/ /
COPY kube-proxy /usr/local/bin/kube-proxy
ENV PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ENTRYPOINT ["/usr/local/bin/kube-proxy"]
