#!/usr/bin/env bash
# Builds a real golangci-lint with vippslint's module plugin, the way
# `golangci-lint custom` does (its source from the Go module proxy, a
# plugins.go that imports the plugin, the plugin module pointed at this
# checkout), and runs it on the analyzers' fixture module. `golangci-lint
# custom` itself clones from GitHub, which CI cannot reach.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
version=v2.8.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOFLAGS=-mod=mod
src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$version" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
cp -r "$src" "$tmp/gcl"
chmod -R u+w "$tmp/gcl"
cd "$tmp/gcl"
printf 'package main\n\nimport _ "github.com/vippslint/vippslint/analyzers/golangci"\n' > cmd/golangci-lint/plugins.go
go mod edit -replace "github.com/vippslint/vippslint=$repo" \
  -replace "github.com/vippslint/vippslint/analyzers/golangci=$repo/analyzers/golangci" \
  -require github.com/vippslint/vippslint/analyzers/golangci@v0.0.0 -require github.com/vippslint/vippslint@v0.0.0
go build -o "$tmp/custom-gcl" ./cmd/golangci-lint

cp -r "$repo/testdata/vetmodule" "$tmp/mod"
cd "$tmp/mod"
cat > .golangci.yml <<'YML'
version: "2"
linters:
  default: none
  enable: [vippslint]
  settings:
    custom:
      vippslint:
        type: module
        description: leaked and misused Vipps MobilePay keys
output:
  formats:
    text:
      print-issued-lines: false
YML
linters=$(GOFLAGS= "$tmp/custom-gcl" linters 2>&1)
grep -q '^vippslint:' <<<"$linters" || { echo "vippslint is not among the custom binary's linters:"; echo "$linters"; exit 1; }
set +e
GOFLAGS= "$tmp/custom-gcl" run ./... > "$tmp/out.txt" 2>&1
code=$?
set -e
cat "$tmp/out.txt"
[ "$code" = 1 ] || { echo "golangci-lint with vippslint exited $code, want 1 (issues)"; exit 1; }
for rule in vippsmsn vippskey vippsleak; do
  grep -q ": $rule: " "$tmp/out.txt" || { echo "no $rule issue in golangci-lint's output"; exit 1; }
done

# --fix: the hard-coded keys of testdata/fixmodule become os.Getenv, and
# the module still builds.
cp -r "$repo/testdata/fixmodule" "$tmp/fixmod"
cp .golangci.yml "$tmp/fixmod/"
cd "$tmp/fixmod"
keyre='"([0-9a-f]{32}|[A-Za-z0-9+/]{43}=|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"'
grep -rhoE --include='*.go' "$keyre" . > "$tmp/fixkeys.txt" || true
[ -s "$tmp/fixkeys.txt" ] || { echo "testdata/fixmodule holds no hard-coded keys"; exit 1; }
set +e
GOFLAGS= "$tmp/custom-gcl" run --fix ./... > "$tmp/fix.txt" 2>&1
set -e
cat "$tmp/fix.txt"
GOFLAGS= go build ./...
if grep -rnF --include='*.go' -f "$tmp/fixkeys.txt" .; then echo "hard-coded keys are left after golangci-lint run --fix"; exit 1; fi
grep -rq --include='*.go' 'os.Getenv("VIPPS_' . || { echo "golangci-lint run --fix did not rewrite the keys"; exit 1; }
echo "golangci-lint $version with the vippslint plugin: ok (--fix too)"
