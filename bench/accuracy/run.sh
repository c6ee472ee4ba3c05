#!/usr/bin/env bash
# Accuracy benchmark: one seams binary on one configured codebase.
#   run.sh SEAMS_BINARY PROJECT_DIR BUILD_DIR SEAMS_YAML [OUT_DIR]
# Copies SEAMS_YAML to PROJECT_DIR/seams.yaml (the project root is the config's
# directory), runs `seams check --format json` cold (--no-cache) and warm (an empty cache
# directory, then again with it filled), and prints the statistics of stats.py summary,
# whether both warm outputs are byte-identical to the cold one, the wall times, the cold
# run's stderr warnings (e.g. headers parsed on their own that are not self-contained), and writes
# OUT_DIR/sample.tsv: SAMPLE_N (default 40) evidence lines picked at random (seed SEED,
# default 1; stratified by evidence kind), with the source line, for hand checking.
# Environment: JOBS (seams -j, default 2), SAMPLE_N, SEED.
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: $0 SEAMS_BINARY PROJECT_DIR BUILD_DIR SEAMS_YAML [OUT_DIR]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
seams=$(realpath "$1") project=$(realpath "$2") build=$(realpath "$3") yaml=$(realpath "$4")
out=$(realpath -m "${5:-./accuracy-out}")
jobs=${JOBS:-2} n=${SAMPLE_N:-40} seed=${SEED:-1}
mkdir -p "$out"
rm -rf "$out/cache"
if [ "$yaml" != "$project/seams.yaml" ]; then cp "$yaml" "$project/seams.yaml"; fi

run() {  # run NAME ARGS...: seams check into $out/NAME.json; exit 0/1 are fine
  local name=$1; shift
  local t0 t1 rc=0
  t0=$(date +%s.%N)
  (cd "$project" && "$seams" check -p "$build" --format json -j "$jobs" -o "$out/$name.json" "$@") \
    2>"$out/$name.stderr" || rc=$?
  t1=$(date +%s.%N)
  if [ "$rc" -gt 1 ]; then
    echo "seams exited $rc on the $name run; stderr:" >&2; cat "$out/$name.stderr" >&2; exit "$rc"
  fi
  awk -v n="$name" -v rc="$rc" -v a="$t0" -v b="$t1" 'BEGIN { printf "%s: exit %d, %.1f s wall\n", n, rc, b - a }'
}

echo "== seams: $seams"
echo "== project: $project (build $build, config $yaml)"
run cold --no-cache
run warm1 --cache-dir "$out/cache"
run warm2 --cache-dir "$out/cache"
for w in warm1 warm2; do
  if cmp -s "$out/cold.json" "$out/$w.json"; then echo "$w == cold: yes (byte-identical)"
  else echo "$w == cold: NO ($(cmp "$out/cold.json" "$out/$w.json" | head -1))"; fi
done
nw=$(grep -c '^seams: warning' "$out/cold.stderr" || true)
echo "cold stderr: $nw warning line(s)"
{ grep '^seams: warning' "$out/cold.stderr" || true; } | cut -c1-200 | head -5 | sed 's/^/  /'
echo
python3 "$here/stats.py" summary "$out/cold.json"
python3 "$here/stats.py" sample "$out/cold.json" "$project" "$n" "$seed" > "$out/sample.tsv"
echo
echo "sample of $n evidence lines (seed $seed): $out/sample.tsv"
