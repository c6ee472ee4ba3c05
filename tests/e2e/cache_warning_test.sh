#!/usr/bin/env bash
# Work thrown away is said: a fact cache that cannot be read or written gives one
# warning without --verbose, and the run still succeeds with complete output; a healthy cache
# gives none.
# Usage: cache_warning_test.sh SEAMS_BINARY SCENARIO_DIR WORK_DIR
set -euo pipefail
seams=$1 scenario=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cmake -S "$scenario" -B "$work/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cd "$scenario"
fail() { echo "cache warning test: $*" >&2; exit 1; }
"$seams" check -p "$work/build" --no-cache >"$work/want.txt" 2>/dev/null || true
run() {  # run CACHE_DIR: a check with that cache; its output must equal the cold one
  "$seams" check -p "$work/build" --cache-dir "$1" >"$work/got.txt" 2>"$work/err" || true
  cmp -s "$work/want.txt" "$work/got.txt" || fail "output differs with cache $1"
}
warnings() { grep -c "seams: warning: .*fact cache" "$work/err" || true; }

# Healthy: cold then warm, no warning.
run "$work/cache"
[ "$(warnings)" = 0 ] || { cat "$work/err"; fail "warning on a cold run"; }
run "$work/cache"
[ "$(warnings)" = 0 ] || { cat "$work/err"; fail "warning on a warm run"; }
facts=$(ls "$work/cache"/*.facts)

# Corrupt (truncated): one warning, then rebuilt.
head -c 20 "$facts" >"$facts.cut" && mv "$facts.cut" "$facts"
run "$work/cache"
[ "$(warnings)" = 1 ] || { cat "$work/err"; fail "no single warning for a truncated cache"; }
grep -q "ignoring .*fact cache.*rebuilding it" "$work/err" || fail "truncated cache not said"
run "$work/cache"
[ "$(warnings)" = 0 ] || { cat "$work/err"; fail "the truncated cache was not rebuilt"; }

# Another kind of file in its place (a directory): cannot read it nor write it.
rm -f "$facts" && mkdir "$facts"
run "$work/cache"
grep -q "another kind of file is in its place" "$work/err" || { cat "$work/err"; fail "directory in place of the cache not said"; }
grep -q "every run is cold" "$work/err" || { cat "$work/err"; fail "unwritable cache not said"; }
rmdir "$facts"

# The cache directory cannot be created (a regular file is in the way).
echo x >"$work/not-a-dir"
run "$work/not-a-dir"
[ "$(warnings)" = 1 ] || { cat "$work/err"; fail "no single warning for an uncreatable cache dir"; }
grep -q "cannot write the fact cache.*every run is cold" "$work/err" || { cat "$work/err"; fail "wrong message"; }
echo "cache warning test passed"
