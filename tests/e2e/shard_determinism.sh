#!/usr/bin/env bash
# Sharded indexing gives what one run gives (issue: sharded indexing): for one project, a single
# `seams index` and `seams check/score --format json` over its compile DB, then, with the compile
# DB shuffled, for N in 1 2 3 7: N `seams index --shard K/N` runs merged in a scrambled order
# (and for N=7 as a tree of merges) must give a byte-identical facts file, and `check` and
# `score` on the merged facts byte-identical JSON.
#
#   shard_determinism.sh SEAMS_BINARY PROJECT_DIR WORK_DIR
#
# PROJECT_DIR is a testdata scenario (compile_commands.json with @SRC@, or a CMakeLists.txt;
# setup.sh and builds as run_scenario.sh reads them) or examples/monolith. Exits 77 (skipped)
# when the project is not analyzable (the bad-input scenarios).
set -u
seams=$(realpath "$1")
src=$(realpath "$2")
work=$(realpath -m "$3")
name=$(basename "$src")
case "$work" in
  / | "$src" | "$src"/*) echo "refusing to use $work as the work dir" >&2; exit 2 ;;
esac
rm -rf "$work"
mkdir -p "$work"
fail() { echo "shards.$name: $*" >&2; exit 1; }

if [ -f "$src/setup.sh" ]; then
  cp -R "$src/." "$work/src"
  src="$work/src"
  (cd "$src" && bash ./setup.sh) >"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; fail "setup.sh failed"; }
fi
build="$work/build"
dbs=()
if [ -f "$src/compile_commands.json" ]; then
  mkdir -p "$build"
  sed -e "s|@SRC@|$src|g" "$src/compile_commands.json" >"$build/compile_commands.json"
  dbs+=(-p "$build")
elif [ -f "$src/CMakeLists.txt" ]; then
  cmake_args=()
  if [ -f "$src/cmake-args" ]; then read -r -a cmake_args <"$src/cmake-args"; fi
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "${cmake_args[@]}" \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "cmake configure failed"; }
  dbs+=(-p "$build")
else
  echo "shards.$name: no compile DB to shard; skipped"
  exit 77
fi
# What of the scenario's arguments changes the facts or the config: --config and --level.
# (--level only where seams parses: with --facts it is a usage error.)
config=()
level=()
if [ -f "$src/args" ]; then
  read -r -a words < <(tr '\n' ' ' <"$src/args")
  for ((i = 0; i + 1 < ${#words[@]}; i++)); do
    case "${words[$i]}" in
      --config) config+=(--config "${words[$((i + 1))]//@SRC@/$src}") ;;
      --level) level+=(--level "${words[$((i + 1))]}") ;;
    esac
  done
fi
run() { (cd "$src" && env -u GITHUB_ACTIONS SOURCE_DATE_EPOCH=1767225600 "$seams" "$@"); }

# 1. One run over the compile DB as it is.
run check "${dbs[@]}" "${config[@]}" "${level[@]}" --format json >"$work/check.json" 2>"$work/check.err"
rc=$?
if [ $rc -eq 2 ]; then
  echo "shards.$name: bad input (exit 2); nothing to shard; skipped"
  exit 77
elif [ $rc -gt 2 ]; then
  cat "$work/check.err" >&2
  fail "seams check exited $rc"
fi
# score and index reuse the fact cache check wrote: the same facts, without parsing them again.
run score "${dbs[@]}" "${config[@]}" "${level[@]}" --format json >"$work/score.json" 2>/dev/null
run index "${dbs[@]}" "${config[@]}" "${level[@]}" -o "$work/one.facts" 2>"$work/index.err" ||
  { cat "$work/index.err" >&2; fail "seams index failed"; }

# 2. The compile DB shuffled (a fixed seed per project), then N shards merged.
python3 - "$build/compile_commands.json" "$name" <<'PY'
import json, random, sys
path, seed = sys.argv[1], sys.argv[2]
entries = json.load(open(path))
random.Random(seed).shuffle(entries)
json.dump(entries, open(path, "w"), indent=1)
PY
for n in 1 2 3 7; do
  parts=()
  for ((k = 1; k <= n; k++)); do
    run index "${dbs[@]}" "${config[@]}" "${level[@]}" --no-cache -j 1 --shard "$k/$n" -o "$work/s$k-of-$n.facts" \
      2>"$work/index-$k-of-$n.err" || { cat "$work/index-$k-of-$n.err" >&2; fail "shard $k/$n failed"; }
    parts=("$work/s$k-of-$n.facts" "${parts[@]}")  # reversed: merge order must not matter
  done
  if [ "$n" -eq 7 ]; then  # a tree: ((7 6) (5 4)) ((3 2) 1), and one input twice (idempotent)
    run merge -o "$work/a.facts" "${parts[0]}" "${parts[1]}" 2>/dev/null &&
      run merge -o "$work/b.facts" "${parts[2]}" "${parts[3]}" "${parts[3]}" 2>/dev/null &&
      run merge -o "$work/c.facts" "${parts[4]}" "${parts[5]}" 2>/dev/null &&
      run merge -o "$work/d.facts" "$work/c.facts" "${parts[6]}" 2>/dev/null &&
      run merge -o "$work/merged-$n.facts" "$work/d.facts" "$work/b.facts" "$work/a.facts" 2>/dev/null ||
      fail "merging 7 shards failed"
  else
    run merge -o "$work/merged-$n.facts" "${parts[@]}" 2>/dev/null || fail "merging $n shards failed"
  fi
  cmp -s "$work/one.facts" "$work/merged-$n.facts" ||
    { diff "$work/one.facts" "$work/merged-$n.facts" | head -20 >&2; fail "facts of $n shards differ from one run"; }
  run check "${config[@]}" --facts "$work/merged-$n.facts" --format json >"$work/check-$n.json" 2>/dev/null
  cmp -s "$work/check.json" "$work/check-$n.json" ||
    { diff "$work/check.json" "$work/check-$n.json" | head -20 >&2; fail "check on $n shards differs"; }
  run score "${config[@]}" --facts "$work/merged-$n.facts" --format json >"$work/score-$n.json" 2>/dev/null
  cmp -s "$work/score.json" "$work/score-$n.json" ||
    { diff "$work/score.json" "$work/score-$n.json" | head -20 >&2; fail "score on $n shards differs"; }
done
# A shard missing is an error, never a silent partial analysis.
run merge -o "$work/partial.facts" "$work/s1-of-3.facts" "$work/s3-of-3.facts" 2>/dev/null ||
  fail "merging two of three shards failed"
run check "${config[@]}" --facts "$work/partial.facts" >/dev/null 2>"$work/partial.err"
rc=$?
[ $rc -eq 2 ] && grep -q "shard 2 of 3 is missing" "$work/partial.err" ||
  { cat "$work/partial.err" >&2; fail "check on two of three shards exited $rc, not 2 naming the missing shard"; }
echo "shards.$name: 1, 2, 3 and 7 shards give the facts, check and score of one run; a missing shard is an error"
