#!/usr/bin/env bash
# SIGINT/SIGTERM during a run: seams stops its parser processes promptly, exits 130/143, and
# leaves neither output nor cache behind; the next run is complete and correct.
# Usage: interrupt_test.sh SEAMS_BINARY SCENARIO_DIR WORK_DIR
set -euo pipefail
seams=$1 scenario=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cmake -S "$scenario" -B "$work/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cd "$scenario"
for sig in INT TERM; do
  rm -rf "$work/cache" "$work/out.txt"
  SEAMS_TEST_HANG_ON=/src/ "$seams" check -p "$work/build" --cache-dir "$work/cache" \
    -o "$work/out.txt" 2>"$work/stderr" &
  pid=$!
  # Signal it mid-run, not before its handlers exist: wait for its first parser process (under
  # ASan on a loaded machine, startup alone can take longer than a fixed sleep).
  for _ in $(seq 1 300); do
    pgrep -P $pid >/dev/null && break
    sleep 0.1
  done
  sleep 0.5
  start=$(date +%s)
  kill -$sig $pid
  status=0
  wait $pid || status=$?
  elapsed=$(( $(date +%s) - start ))
  want=$([ $sig = INT ] && echo 130 || echo 143)
  [ "$status" = "$want" ] || { echo "SIG$sig: exit $status, want $want"; cat "$work/stderr"; exit 1; }
  [ "$elapsed" -le 5 ] || { echo "SIG$sig: took ${elapsed}s to stop"; exit 1; }
  [ ! -e "$work/out.txt" ] || { echo "SIG$sig: partial output written"; exit 1; }
  [ -z "$(ls -A "$work/cache" 2>/dev/null)" ] || { echo "SIG$sig: cache written"; ls -la "$work/cache"; exit 1; }
  grep -q "interrupted" "$work/stderr" || { echo "SIG$sig: no message"; cat "$work/stderr"; exit 1; }
  if pgrep -f "$work/build" >/dev/null; then echo "SIG$sig: parser processes left"; exit 1; fi
done
# The next run is complete.
"$seams" check -p "$work/build" --cache-dir "$work/cache" >"$work/after.txt" || true
grep -q "^seams: " "$work/after.txt" || { echo "run after interruption incomplete"; exit 1; }
echo "interrupt test passed"
