#!/usr/bin/env bash
# bench_history.sh: vippslint git against git log -p --all on a synthetic
# history with planted leaks.
#
# usage: scanner/history/bench_history.sh [COMMITS]   (default 20000)
#        REPO=path/to/repo scanner/history/bench_history.sh   (an existing repository)
# env:   SYNTH=path/to/synth_history.py (default /work/shared/bench/synth_history.py)
#        OUT=dir for the repository (default /tmp/vippslint-synth-COMMITS; reused if present)
#        RUNS=timed runs per command (default 5)
#        HYPERFINE=1 to time with hyperfine
#
# For the synthetic history, checks that every LEAKS commit printed by
# synth_history.py is reported (properties.commit) with 4 results per leak
# file. Prints the medians of RUNS timed runs of git log -p --all and
# vippslint git, alternated (wall, CPU = user + sys, peak RSS), their
# ratios, and the time of a cached re-run (--cache) against the first run.
# HYPERFINE=1 times them with hyperfine instead (wall medians, no RSS).
#
# A repository with absent blobs (a hosting snapshot without its largest
# files): git log -p --all stops at the first one ("fatal: unable to
# read"), so the baseline leaves out the paths vippslint names in its
# error notices: git log -p --all -- . ':(exclude,top)PATH'... (every
# other path of every commit of every ref), and the command is printed.
# vippslint still reads every blob there is, those paths' other versions
# included.
#
# The machine may be shared: compare CPU time (user + sys) and ratios of
# runs made back to back, and say so next to the numbers.
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

if [[ -n ${REPO:-} ]]; then
	out=$REPO
else
	if [[ ! -d $out/.git || ! -s $out.leaks ]]; then
		echo "building a $commits-commit history in $out"
		python3 "$synth" "$out" "$commits" | sed -n 's/^LEAKS=//p' >"$out.leaks"
	fi
fi
gitdir=$(git -C "$out" rev-parse --git-dir)
[[ $gitdir = /* ]] || gitdir=$out/$gitdir
echo "repository: $out ($(du -sh "$gitdir" | cut -f1) git directory, $(git -C "$out" rev-list --all | wc -l) commits, $(git -C "$out" for-each-ref | wc -l) refs)"

report=$(mktemp)
exclude=()
if [[ -n ${REPO:-} ]]; then
	"$bin" git --format json --output "$report" "$out" || true
	python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("results:", len(r["findings"]), "scope:", json.dumps(r["scope"]))' "$report"
	# Paths of blobs that could not be read, for the baseline.
	mapfile -t absent < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("\n".join(sorted({n["path"] for n in r["notices"] if n["level"] == "error" and n.get("path")})))' "$report")
	for p in "${absent[@]}"; do
		[[ -n $p ]] && exclude+=("':(exclude,top)$p'")
	done
	if ((${#exclude[@]})); then
		echo "baseline leaves out ${#exclude[@]} paths with absent blobs"
		exclude=(-- . "${exclude[@]}")
	fi
else
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
fi
rm -f "$report"

gitlog="git -C $out log -p --all${exclude[*]:+ ${exclude[*]}}"
scan="$bin git --format json --output /dev/null $out"
echo "baseline: $gitlog"
if [[ ${HYPERFINE:-} = 1 ]] && command -v hyperfine >/dev/null; then
	hyperfine -N -i -w 1 -r "$runs" --export-json /tmp/vippslint-bench.json "$gitlog" "$scan"
	python3 - <<'PY'
import json
rs = json.load(open("/tmp/vippslint-bench.json"))["results"]
for r in rs:
    print(f"median {r['median']:.2f}s  user {r['user']:.2f}s  sys {r['system']:.2f}s  {r['command']}")
print(f"vippslint git / git log -p --all: {rs[1]['median'] / rs[0]['median']:.2f}x (target <= 0.4x)")
PY
else
	# Back to back, alternating, so that the load of the shared machine
	# falls on both alike; wall and CPU (user+sys) medians.
	: >/tmp/vippslint-bench.times
	for _ in $(seq "$runs"); do
		eval /usr/bin/time -f "'gitlog %e %U %S %M %x'" "$gitlog" >/dev/null 2>>/tmp/vippslint-bench.times || true
		/usr/bin/time -f "vippslint %e %U %S %M %x" $scan 2>&1 >/dev/null | grep -E '^vippslint [0-9.]+ ' >>/tmp/vippslint-bench.times || true
	done
	python3 - <<'PY'
import statistics as st
import sys
rows = {}
for line in open("/tmp/vippslint-bench.times"):
    f = line.split()
    if len(f) == 6 and f[0] in ("gitlog", "vippslint"):
        if f[0] == "gitlog" and f[5] != "0":
            sys.exit(f"FAIL: the baseline git log exited {f[5]}: no baseline")
        rows.setdefault(f[0], []).append([float(x) for x in f[1:5]])
med = {k: [st.median(c) for c in zip(*v)] for k, v in rows.items()}
for k, (wall, user, sys_, rss) in med.items():
    print(f"{k:9s} median wall {wall:.2f}s  cpu {user + sys_:.2f}s  peak RSS {rss / 1024:.0f} MB  ({len(rows[k])} runs)")
g, v = med["gitlog"], med["vippslint"]
ratio = lambda a, b: f"{a / b:.2f}x" if b > 0 else "n/a"
print(f"vippslint git / git log -p --all: wall {ratio(v[0], g[0])}, cpu {ratio(v[1] + v[2], g[1] + g[2])} (target <= 0.4x)")
PY
fi

# A cached re-run of the unchanged repository against the first run.
cache=$(mktemp -u)
first=$( { /usr/bin/time -f "%e %M" "$bin" git --cache "$cache" --format json --output /dev/null "$out" 2>&1 >/dev/null || true; } | tail -n 1)
again=$( { /usr/bin/time -f "%e %M" "$bin" git --cache "$cache" --format json --output /dev/null "$out" 2>&1 >/dev/null || true; } | tail -n 1)
rm -f "$cache"
python3 - "$first" "$again" <<'PY'
import sys
f, a = (float(x.split()[0]) for x in sys.argv[1:3])
print(f"--cache: first run {f:.2f}s (peak RSS {int(sys.argv[1].split()[1]) / 1024:.0f} MB), unchanged re-run {a:.2f}s: {a / max(f, 0.01):.3f}x (target <= 0.05x)")
PY
