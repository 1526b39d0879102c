#!/usr/bin/env bash
# Benchmarks `vippslint scan` on Go's own source tree with planted leaks,
# side by side with ripgrep searching the same tree for the Vipps keywords.
# Usage: scanner/bench_scan.sh [RUNS]   (needs rg; uses hyperfine when present)
set -euo pipefail
runs=${1:-10}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree="$work/src"
cp -r "$(go env GOROOT)/src" "$tree"
# Planted leaks: fake keys generated for this benchmark.
mkdir -p "$tree/zz/app" "$tree/net/http/deploy"
printf 'VIPPS_CLIENT_ID=e4804944-ee30-4814-94db-7f2224e49a1d\nVIPPS_CLIENT_SECRET=D2s+HFBT9opMvHilyWYf9A==\nVIPPS_SUBSCRIPTION_KEY=6b8a54b94fe976cf973b7903228055eb\n' > "$tree/zz/app/.env"
printf 'VIPPS_CLIENT_SECRET=SPGrDf+PJsL+8QmXkkTsRPA2kzE=\n' > "$tree/net/http/deploy/.env.production"
printf '# vipps\nOCP_APIM_SUBSCRIPTION_KEY=f9bd99ce69130bb712578066bb377f0c\n' > "$tree/crypto/.env.local"
(cd "$repo" && go build -o "$work/vippslint" ./cmd/vippslint)
echo "tree: $(du -sh "$tree" | cut -f1), $(find "$tree" -type f | wc -l) files, $(nproc) cores"

set +e
"$work/vippslint" scan "$tree" > "$work/out.txt"
code=$?
set -e
[ "$code" = 1 ] || { echo "FAIL: expected exit 1 (findings), got $code"; exit 1; }
for want in "zz/app/.env:2:21: .*vipps-client-secret" "zz/app/.env:3:24: .*vipps-subscription-key" \
            "zz/app/.env:2:21: .*vipps-credential-set" "net/http/deploy/.env.production:1:21: .*vipps-client-secret" \
            "crypto/.env.local:2:27: .*vipps-subscription-key"; do
  grep -Eq "$want" "$work/out.txt" || { echo "FAIL: planted leak not found: $want"; cat "$work/out.txt"; exit 1; }
done
extra=$(grep -vcE '^(zz/app/\.env|net/http/deploy/\.env\.production|crypto/\.env\.local):|^	' "$work/out.txt" || true)
echo "planted leaks: all found; findings elsewhere in Go's tree: $extra"

rgcmd="rg -uuu -c -i 'vipps|ocp-apim|merchant-serial|client.?secret' '$tree'"
vlcmd="'$work/vippslint' scan '$tree'"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs "$runs" -i --export-json "$work/h.json" "$rgcmd" "$vlcmd" >/dev/null
  python3 - "$work/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
rg, vl = r[0]["median"], r[1]["median"]
print(f"ripgrep median {rg*1000:.0f} ms, vippslint median {vl*1000:.0f} ms, ratio {vl/rg:.2f}x (target <= 4x)")
sys.exit(0 if vl <= 4 * rg else 1)
PY
else
  t() { local s e; s=$(date +%s%N); eval "$1" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
  eval "$rgcmd" >/dev/null; eval "$vlcmd" >/dev/null || true
  rg_ms=$(for i in $(seq "$runs"); do t "$rgcmd"; done | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  vl_ms=$(for i in $(seq "$runs"); do t "$vlcmd"; done | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "ripgrep median ${rg_ms} ms, vippslint median ${vl_ms} ms"
  [ "$vl_ms" -le $(( 4 * rg_ms + 20 )) ] || { echo "FAIL: over 4x ripgrep"; exit 1; }
fi
