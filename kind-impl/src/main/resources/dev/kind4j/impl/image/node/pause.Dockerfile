# The pod sandbox, compiled from the Kubernetes tree's build/pause.
FROM scratch
COPY pause /pause
USER 65535:65535
ENTRYPOINT ["/pause"]
