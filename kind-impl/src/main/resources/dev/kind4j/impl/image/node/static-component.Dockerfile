# A Kubernetes component that is a static binary; kubeadm's manifests call it by name.
FROM scratch
COPY {{binary}} /usr/local/bin/{{binary}}
ENV PATH=/usr/local/bin:/usr/bin:/bin
