#!/usr/bin/env bash
# Runs inside the Go builder container. The user's tree is mounted read-only at /src; it is mirrored
# into /work/kubernetes (a volume of its own, so later builds are incremental) and built there.
# Inputs come as environment variables: KUBE_GIT_VERSION, KUBE_BUILD_PLATFORMS, WHAT.
set -o errexit -o nounset -o pipefail

rsync -a --delete --exclude=/_output/ --exclude=/.git/ --exclude=/.make/ /src/ /work/kubernetes/
cd /work/kubernetes
export KUBE_GIT_TREE_STATE=clean
make WHAT="$WHAT" KUBE_BUILD_PLATFORMS="$KUBE_BUILD_PLATFORMS"

platform=${KUBE_BUILD_PLATFORMS//\//\/}
out=_output/kind4j
rm -rf "$out" && mkdir -p "$out/bin"
for target in $WHAT; do
  cp "_output/local/bin/$platform/$(basename "$target")" "$out/bin/"
done
gcc -Os -static -o "$out/bin/pause" build/pause/linux/pause.c
sed -n 's/^TAG *= *//p' build/pause/Makefile | head -n 1 > "$out/pause-version"
