#!/usr/bin/env bash
# Quick start (b): installs what is missing, then builds and runs every test:
#   1. release build: Catch2 unit tests + end-to-end scenarios (testdata/) + `dot` parsing our
#      DOT + the HTML report in headless Chromium (screenshot in build/tests/browser/report.png) +
#      the layer probes (an upward include must not compile) + seams checking its own layers
#      (seams.yaml at the repository root) + sharded indexing against one run on every
#      scenario (label `shards`), via CTest;
#   2. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (without `shards`:
#      hundreds of parser runs; the facts file code has its unit tests there);
#   3. clang-format is clean.
#   4. (with step 2) the same suite under ThreadSanitizer, built with clang-19;
#   5. each libFuzzer target of fuzz/ for 60 s (scripts/fuzz.sh; SEAMS_FUZZ_SECONDS changes it).
# `scripts/test.sh --quick` is the daily form (a few minutes): step 1 without the browser test,
# then step 3. The full command (no argument) is what CI runs (.ci/run).
# Set SEAMS_SKIP_SANITIZE=1 to skip steps 2 and 4, SEAMS_SKIP_FUZZ=1 to skip step 5, during
# local iteration.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
case "${1:-}" in
  "") ;;
  --quick) quick=1 ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac
# Beyond the build, all from Debian (a fresh machine has no other registry it can rely on):
# graphviz (`dot` parses our DOT); python3 with jsonschema, yaml and rfc3987 (schema.outputs);
# chromium, chromium-driver and python3-selenium (the HTML report's browser test); clang's
# sanitizer and libFuzzer runtimes for the TSan build (clang-19) and the fuzzers.
schema_packages="python3 python3-jsonschema python3-yaml python3-rfc3987"
test_packages="graphviz $schema_packages chromium chromium-driver python3-selenium fonts-dejavu-core"
test_packages+=" libclang-rt-19-dev"
[ -n "$quick" ] && test_packages="graphviz $schema_packages"
SEAMS_SETUP_EXTRA="${SEAMS_SETUP_EXTRA:-} $test_packages" scripts/setup.sh
jobs=$(nproc)

echo "== release build and tests"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
if [ -n "$quick" ]; then
  ctest --test-dir build --output-on-failure -j"$jobs" -LE browser
else
  ctest --test-dir build --output-on-failure -j"$jobs"
fi

if [ -z "$quick" ] && [ -z "${SEAMS_SKIP_SANITIZE:-}" ]; then
  echo "== ASan+UBSan build and tests"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DSEAMS_SANITIZE=address,undefined >/dev/null
  cmake --build build-asan
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE shards

  # clang-19 here, so CI also proves the whole project builds with the fuzzers' compiler.
  echo "== TSan build and tests (clang-19)"
  CC=clang-19 CXX=clang++-19 cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DSEAMS_SANITIZE=thread >/dev/null
  cmake --build build-tsan
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp \
    ctest --test-dir build-tsan --output-on-failure -j"$jobs" -LE shards
fi

if [ -z "$quick" ] && [ -z "${SEAMS_SKIP_FUZZ:-}" ]; then
  echo "== libFuzzer: each target for ${SEAMS_FUZZ_SECONDS:-60}s"
  scripts/fuzz.sh "${SEAMS_FUZZ_SECONDS:-60}"
fi

echo "== clang-format"
scripts/format.sh --check
echo "all tests passed"
