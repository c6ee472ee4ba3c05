#!/usr/bin/env bash
# Where -o and stdout point: a regular file is replaced atomically and keeps its
# mode; a symlink's target is written, never the link; a device or FIFO is written in place
# (never replaced by a regular file, also as root); /dev/stdout works; every write error,
# stdout included, is exit 2 with a message; a bad -o is refused before any analysis.
# Usage: output_test.sh SEAMS_BINARY SCENARIO_DIR WORK_DIR
set -euo pipefail
seams=$1 scenario=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cmake -S "$scenario" -B "$work/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cd "$scenario"
fail() { echo "output test: $*" >&2; exit 1; }
run() {  # run ARGS...: seams check with the scenario's build; sets $status, stderr in $work/err
  status=0
  "$seams" check -p "$work/build" --no-cache "$@" 2>"$work/err" || status=$?
}
expect_error() {  # expect_error PATTERN: exit 2 and PATTERN on stderr
  [ "$status" = 2 ] || { cat "$work/err"; fail "exit $status, want 2 ($1)"; }
  grep -q -- "$1" "$work/err" || { cat "$work/err"; fail "no message matching '$1'"; }
}

# A regular file: replaced, keeps its mode, no temporary file left.
echo old >"$work/out.json" && chmod 640 "$work/out.json"
run --format json -o "$work/out.json"
[ "$status" = 0 ] || fail "regular file: exit $status"
grep -q '"version": 1' "$work/out.json" || fail "regular file not written"
[ "$(stat -c %a "$work/out.json")" = 640 ] || fail "mode not kept"
[ -z "$(ls "$work" | grep '\.tmp\.')" ] || fail "temporary file left"

# A symlink (relative, two hops): the final target is written, the links stay links.
mkdir -p "$work/real" && ln -s real/target.json "$work/hop" && ln -s hop "$work/link.json"
run --format json -o "$work/link.json"
[ "$status" = 0 ] || fail "symlink: exit $status"
[ -L "$work/link.json" ] && [ -L "$work/hop" ] || fail "a symlink was replaced"
grep -q '"version": 1' "$work/real/target.json" || fail "symlink target not written"

# A FIFO: written in place (a reader gets the output), still a FIFO afterwards.
mkfifo "$work/fifo"
cat "$work/fifo" >"$work/from-fifo" &
reader=$!
run --format json -o "$work/fifo"
wait "$reader"
[ "$status" = 0 ] || fail "fifo: exit $status"
[ -p "$work/fifo" ] || fail "the FIFO was replaced"
grep -q '"version": 1' "$work/from-fifo" || fail "nothing read from the FIFO"

# /dev/stdout: in place, into whatever stdout is (here a pipe).
out=$("$seams" check -p "$work/build" --no-cache --format json -o /dev/stdout 2>/dev/null | cat)
grep -q '"version": 1' <<<"$out" || fail "-o /dev/stdout wrote nothing"

# /dev/full: ENOSPC is exit 2 with a message, and the device stays a device.
if [ -c /dev/full ]; then
  run --format sarif -o /dev/full
  expect_error "/dev/full: cannot write: No space left on device"
  [ -c /dev/full ] || fail "/dev/full was replaced"
  # The same on stdout, for every command that prints.
  for cmd in "check --format sarif" "graph" "score" "explain app core" "report -o -"; do
    status=0
    # shellcheck disable=SC2086
    "$seams" $cmd -p "$work/build" --no-cache >/dev/full 2>"$work/err" || status=$?
    expect_error "cannot write to standard output: No space left on device"
  done
fi

# A closed pipe (EPIPE) on stdout: exit 2 with a message, not a silent 0. `true` exits at
# once, so the pipe is closed long before seams writes.
set +o pipefail
"$seams" check -p "$work/build" --no-cache --format json 2>"$work/err" | true
status=${PIPESTATUS[0]}
set -o pipefail
expect_error "cannot write to standard output: Broken pipe"

# Refused before the analysis: a directory, a missing directory, a symlink loop.
run -o "$work"
expect_error "$work: cannot write: it is a directory"
run -o "$work/no/such/dir/out.txt"
expect_error "directory $work/no/such/dir: No such file or directory"
ln -s loop2 "$work/loop1" && ln -s loop1 "$work/loop2"
run -o "$work/loop1"
expect_error "too many levels of symbolic links"
grep -q "translation units" "$work/err" && fail "analysis ran before the output was checked"
echo "output test passed"
