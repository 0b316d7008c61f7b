# A local image registry from Debian's docker-registry package: its binary, the libraries it links and a config
# that serves plain HTTP on port 5000 and stores images in /var/lib/registry.
FROM {{base}} AS collect
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends docker-registry \
 && mkdir -p /out/usr/local/bin /out/etc/docker/registry /out/var/lib/registry /out/tmp \
 && cp /usr/bin/docker-registry /out/usr/local/bin/registry \
 && printf 'version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\n  delete:\n    enabled: true\nhttp:\n  addr: :5000\n' > /out/etc/docker/registry/config.yml \
 && for lib in $(ldd /usr/bin/docker-registry 2>/dev/null | grep -o '/[^ ]*'); do mkdir -p "/out$(dirname "$lib")" && cp -L "$lib" "/out$lib"; done
FROM scratch
COPY --from=collect /out/ /
EXPOSE 5000
VOLUME /var/lib/registry
ENTRYPOINT ["/usr/local/bin/registry", "serve", "/etc/docker/registry/config.yml"]
