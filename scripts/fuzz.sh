#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ in build-fuzz/ (clang-19, ASan+UBSan) and runs each
# for SECONDS (default 60), two at a time on a 2-core machine, starting from its seed corpus
# fuzz/corpus/<target>/ (read only; new inputs go to build-fuzz/corpus/<target>/).
#   scripts/fuzz.sh [SECONDS]
# Prints, per target, the executions and the run time. A crash, leak, timeout or failed
# check stops the run with exit 1 and leaves the input in build-fuzz/artifacts/: add it to
# fuzz/regressions/<target>/ (replayed by the test suite) and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(fuzz_config fuzz_compile_db fuzz_glob fuzz_baseline fuzz_facts_file)
SEAMS_SETUP_EXTRA="libclang-rt-19-dev ${SEAMS_SETUP_EXTRA:-}" scripts/setup.sh

echo "== libFuzzer build (clang-19, ASan+UBSan)"
CC=clang-19 CXX=clang++-19 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSEAMS_FUZZ=ON -DSEAMS_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --target "${targets[@]}"

out=build-fuzz/fuzz-runs
mkdir -p "$out" build-fuzz/artifacts
run() {  # run TARGET: fuzzes it for $seconds; its log is $out/TARGET.log
  local t=$1
  mkdir -p "build-fuzz/corpus/$t"
  local dict=()
  [ -f "fuzz/$t.dict" ] && dict=("-dict=fuzz/$t.dict")
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build-fuzz/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" "${dict[@]}" \
    "build-fuzz/corpus/$t" "fuzz/corpus/$t" >"$out/$t.log" 2>&1
}

echo "== fuzzing each target for ${seconds}s"
pids=()
parallel=$(nproc)
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  run "$t" &
  pids+=("$!")
done
status=0
for i in "${!targets[@]}"; do
  t=${targets[$i]}
  rc=0
  wait "${pids[$i]}" || rc=$?
  log="$out/$t.log"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  corpus=$(find "build-fuzz/corpus/$t" "fuzz/corpus/$t" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then
    printf '%-16s %10s executions in %4ss (%s/s), corpus %s inputs: ok\n' \
      "$t" "${execs:-?}" "${secs:-?}" "${rate:-?}" "$corpus"
  else
    status=1
    printf '%-16s FAILED (exit %s) after %s executions; log %s\n' "$t" "$rc" "${execs:-?}" "$log"
    grep -E '^(==[0-9]+==|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" | head -20
  fi
done
exit "$status"
