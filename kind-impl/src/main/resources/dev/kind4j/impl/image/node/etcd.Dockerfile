# etcd from Debian's etcd-server package: its binary and the libraries it links, nothing else.
FROM {{base}} AS collect
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends etcd-server \
 && mkdir -p /out/usr/local/bin /out/var/lib/etcd /out/tmp \
 && cp /usr/bin/etcd /out/usr/local/bin/ \
 && for lib in $(ldd /usr/bin/etcd | grep -o '/[^ ]*'); do mkdir -p "/out$(dirname "$lib")" && cp -L "$lib" "/out$lib"; done
FROM scratch
COPY --from=collect /out/ /
ENV PATH=/usr/local/bin:/usr/bin:/bin
