# kube-proxy calls iptables and conntrack, so it runs on the base image's Debian user land.
FROM {{base}}
COPY kube-proxy /usr/local/bin/kube-proxy
ENTRYPOINT ["/usr/local/bin/kube-proxy"]
