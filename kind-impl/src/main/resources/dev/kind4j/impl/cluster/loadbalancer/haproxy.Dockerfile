# haproxy from Debian's package: its binary and the libraries it links, nothing else, run as kind's haproxy image runs.
FROM {{base}} AS collect
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy \
 && mkdir -p /out/usr/sbin /out/usr/local/etc/haproxy /out/run /out/tmp \
 && cp /usr/sbin/haproxy /out/usr/sbin/ \
 && for lib in $(ldd /usr/sbin/haproxy | grep -o '/[^ ]*'); do mkdir -p "/out$(dirname "$lib")" && cp -L "$lib" "/out$lib"; done
FROM scratch
COPY --from=collect /out/ /
STOPSIGNAL SIGUSR1
ENTRYPOINT ["/usr/sbin/haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
