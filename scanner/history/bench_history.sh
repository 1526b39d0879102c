#!/usr/bin/env bash
# bench_history.sh: vippslint git against git log -p --all on a synthetic
# history with planted leaks.
#
# usage: scanner/history/bench_history.sh [COMMITS]   (default 20000)
# env:   SYNTH=path/to/synth_history.py (default /work/shared/bench/synth_history.py)
#        OUT=dir for the repository (default /tmp/vippslint-synth-COMMITS; reused if present)
#        RUNS=timed runs per command (default 5)
#
# Checks that every LEAKS commit printed by synth_history.py is reported
# (properties.commit) with 4 results per leak file, prints hyperfine medians
# (or timed runs without hyperfine) and the peak RSS of vippslint.
set -euo pipefail

commits=${1:-20000}
synth=${SYNTH:-/work/shared/bench/synth_history.py}
out=${OUT:-/tmp/vippslint-synth-$commits}
runs=${RUNS:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(mktemp -d)/vippslint
trap 'rm -rf "$(dirname "$bin")"' EXIT

echo "building vippslint"
(cd "$root" && go build -o "$bin" ./cmd/vippslint)

if [[ ! -d $out/.git || ! -s $out.leaks ]]; then
	echo "building a $commits-commit history in $out"
	python3 "$synth" "$out" "$commits" | sed -n 's/^LEAKS=//p' >"$out.leaks"
fi
echo "repository: $out ($(du -sh "$out/.git" | cut -f1) .git, $(git -C "$out" rev-list --all | wc -l) commits)"

report=$(mktemp)
set +e
"$bin" git --format json --output "$report" "$out"
code=$?
set -e
if [[ $code -ne 1 ]]; then
	echo "FAIL: vippslint git exited $code, want 1 (findings)" >&2
	exit 1
fi
python3 - "$report" "$out.leaks" <<'PY'
import json, sys
rep = json.load(open(sys.argv[1]))
leaks = set(open(sys.argv[2]).read().split())
got = {f["properties"]["commit"] for f in rep["findings"]}
missing = leaks - got
print(f"results: {len(rep['findings'])} (want {4 * len(leaks)}: 4 rules per leak file), "
      f"leak commits found: {len(leaks & got)}/{len(leaks)}, other commits: {len(got - leaks)}")
print("scope:", json.dumps(rep["scope"]))
if missing or len(rep["findings"]) != 4 * len(leaks):
    print("FAIL: missing leak commits:", " ".join(sorted(missing)) or "none", file=sys.stderr)
    sys.exit(1)
PY
rm -f "$report"

if command -v hyperfine >/dev/null; then
	hyperfine -N -i -w 1 -r "$runs" --export-json /tmp/vippslint-bench.json \
		"git -C $out log -p --all" \
		"$bin git --format json --output /dev/null $out"
	python3 - <<'PY'
import json
for r in json.load(open("/tmp/vippslint-bench.json"))["results"]:
    print(f"median {r['median']:.2f}s  user {r['user']:.2f}s  sys {r['system']:.2f}s  {r['command']}")
PY
else
	for cmd in "git -C $out log -p --all" "$bin git --format json --output /dev/null $out"; do
		for _ in $(seq "$runs"); do
			/usr/bin/time -f "%e s wall  %U s user  $cmd" $cmd >/dev/null 2>>/tmp/vippslint-bench.times || true
		done
		grep -F "$cmd" /tmp/vippslint-bench.times | tail -n "$runs"
	done
fi

if [[ -x /usr/bin/time ]]; then
	/usr/bin/time -v "$bin" git --format json --output /dev/null "$out" 2>&1 >/dev/null |
		grep -E "Maximum resident|Elapsed" | sed 's/^\s*/vippslint git: /' || true
fi
