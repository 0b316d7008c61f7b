# A pod sandbox for builds that bring no pause binary: Debian's catatonit in its pause mode.
FROM {{base}} AS collect
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends catatonit \
 && mkdir -p /out \
 && cp "$(command -v catatonit)" /out/catatonit
FROM scratch
COPY --from=collect /out/catatonit /catatonit
USER 65535:65535
ENTRYPOINT ["/catatonit", "-P"]
