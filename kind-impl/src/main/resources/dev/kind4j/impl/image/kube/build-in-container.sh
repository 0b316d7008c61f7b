#!/usr/bin/env bash
# Runs inside the Go builder container. The user's tree is mounted read-only at /src; it is mirrored
# into /work/kubernetes (a volume of its own, so later builds are incremental) and built there.
# Inputs come as environment variables: KUBE_GIT_VERSION, KUBE_BUILD_PLATFORMS, WHAT.
set -o errexit -o nounset -o pipefail

# Code generation runs unless it succeeded before, its outputs are all still there (another build may have
# deleted some), and every file changed since is a Go file of a main package: no package imports a main
# package, so no generator reads one. Anything else, deletions included, runs it, and make's own rules then
# regenerate only what is stale. The record of the last generation is set aside until this build has
# decided, so a build stopped on the way leaves none behind and the next one generates.
record=/work/kubernetes/.make/kind4j-generated-files
rm -f "$record.before"
if [[ -f $record ]]; then mv "$record" "$record.before"; fi

# Generated files are mirrored apart, only where the tree's copy is newer (--update): make rewrites them in
# the mirror, and the tree's older copies coming back would look stale to make, which would generate them
# again on every build. Those the tree does not carry (the OpenAPI definitions, the e2e bindata) stay.
generated=(--include='*/' --include='zz_generated.*' --include=bindata.go --exclude='*')
mirror=(-a --out-format='%i %n' --exclude=/_output/ --exclude=/.git/ --exclude=/.make/)
changes=$(rsync "${mirror[@]}" --delete --exclude='zz_generated.*' --exclude=bindata.go /src/ /work/kubernetes/ \
  && rsync "${mirror[@]}" --update "${generated[@]}" /src/ /work/kubernetes/)
cd /work/kubernetes
export KUBE_GIT_TREE_STATE=clean
# Binaries whose code did not change are not linked again: go install leaves a binary alone when its build ID
# matches, so the build date that version info carries follows go.mod rather than the clock, and the build ID
# stays in (Kubernetes' default flags blank it with -buildid=).
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(stat -c %Y go.mod)}
export GOLDFLAGS=${GOLDFLAGS:--s -w}
# As kind builds: without the in-tree cloud providers, which a node image never uses, there is less to compile
# and link (Kubernetes' build reads the tags from GOFLAGS).
export GOFLAGS=${GOFLAGS:--tags=providerless}

generated_files() {
  find . \( -path ./_output -o -path ./.git \) -prune -o \( -name 'zz_generated.*' -o -name bindata.go \) -print | sort
}
codegen_needed() {
  [[ -f $record.before ]] && cmp -s "$record.before" <(generated_files) || return 0
  local item path
  while read -r item path; do
    [[ -z $item || $item == [.c]d* ]] && continue
    [[ $item == \>f* && $path == *.go && $(sed -n 's/^package \([A-Za-z0-9_]*\).*/\1/p;T;q' "$path") == main ]] \
      || return 0
  done <<<"$changes"
  return 1
}
if codegen_needed; then
  rm -f "$record.before"
  make generated_files
  generated_files > "$record"
else
  echo "+++ [kind4j] Skipping code generation: it is up to date and only main packages changed"
  mv "$record.before" "$record"
fi
hack/make-rules/build.sh $WHAT

platform=${KUBE_BUILD_PLATFORMS//\//\/}
out=_output/kind4j
rm -rf "$out" && mkdir -p "$out/bin"
for target in $WHAT; do
  cp "_output/local/bin/$platform/$(basename "$target")" "$out/bin/"
done
gcc -Os -static -o "$out/bin/pause" build/pause/linux/pause.c
sed -n 's/^TAG *= *//p' build/pause/Makefile | head -n 1 > "$out/pause-version"
