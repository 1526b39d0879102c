#!/usr/bin/env bash
# Measures what vippslint-vet costs against the standard go vet: plain
# `go vet ./...` against `go vet -vettool=vippslint-vet ./...` on the same
# module, with hyperfine, and prints the medians.
#
#   analyzers/bench_vet.sh [MODULE_DIR]
#
# MODULE_DIR defaults to a copy of golang.org/x/tools@v0.52.0 from the
# module cache (fetched through the Go module proxy if missing): a large
# real module, 216 packages with tests. Pass "." from the repository root
# to measure vippslint itself.
#
# MODE=warm (default): warm build cache, the everyday case; go vet reuses
#   cached results, so this is mostly go's own overhead.
# MODE=uncached: compiled packages cached, vet results not (a fresh copy of
#   a build cache warmed with different vet flags before every run): the
#   analysis itself, as after editing every package.
# RUNS sets the number of runs (default 10 warm, 3 uncached).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mode=${MODE:-warm}

go build -o "$work/vippslint-vet" "$root/cmd/vippslint-vet"
vet="$work/vippslint-vet"

target=${1:-}
if [ -z "$target" ]; then
	mod=golang.org/x/tools@v0.52.0
	src=$(go mod download -json "$mod" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
	cp -r "$src" "$work/tools"
	chmod -R u+w "$work/tools"
	target="$work/tools"
	(cd "$target" && go mod download)
fi
cd "$target"
export GOWORK=off GOFLAGS=-mod=mod
echo "input: $(go list -m) ($(go list ./... | wc -l) packages), mode $mode, $(nproc) CPUs, $(go version)"

# -i: go vet exits 1 when it has findings.
if [ "$mode" = uncached ]; then
	export GOCACHE="$work/gocache"
	GOCACHE="$work/gocache0" go vet -vettool="$vet" -vippsdirective=true ./... >/dev/null 2>&1 || true
	hyperfine --runs "${RUNS:-3}" -i --export-json "$work/bench.json" \
		--prepare "rm -rf '$work/gocache' && cp -r '$work/gocache0' '$work/gocache'" \
		'go vet ./...' "go vet -vettool=$vet ./..."
else
	hyperfine --warmup 2 --runs "${RUNS:-10}" -i --export-json "$work/bench.json" \
		'go vet ./...' "go vet -vettool=$vet ./..."
fi

python3 - "$work/bench.json" <<'PY'
import json, statistics, sys
rs = json.load(open(sys.argv[1]))["results"]
med = [statistics.median(r["times"]) for r in rs]
for r, m in zip(rs, med):
    print(f"median {m:7.3f} s  {r['command']}")
print(f"ratio (vippslint-vet / go vet): {med[1] / med[0]:.2f}x")
PY
