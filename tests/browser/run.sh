#!/usr/bin/env bash
# End-to-end test of `seams report` in real headless Chromium (Debian's
# package, driven by playwright-core; no browser download): builds the
# example's compile DB, writes its report twice (the bytes must match), then
# report_test.js loads it offline, clicks a heatmap cell, checks the evidence
# panel against `seams check --format json` and saves the screenshot.
#   run.sh SEAMS_BINARY SOURCE_DIR WORK_DIR SCREENSHOT_PNG
# Exit 77 (CTest: skipped) only when chromium is not installed.
set -euo pipefail
seams=$1 src=$2 work=$3 shot=$4
chromium=${SEAMS_CHROMIUM:-$(command -v chromium || true)}
if [ -z "$chromium" ]; then
  echo "skipped: chromium is not installed (scripts/test.sh installs it)"
  exit 77
fi
command -v node >/dev/null || { echo "error: node is not installed (scripts/test.sh installs it)"; exit 1; }
mkdir -p "$work"

# playwright-core, pinned, into the build tree (git-ignored); once.
pw="$work/node"
if [ ! -f "$pw/node_modules/playwright-core/package.json" ]; then
  echo "installing playwright-core into $pw"
  mkdir -p "$pw"
  npm install --prefix "$pw" --no-audit --no-fund --loglevel=error \
    playwright-core@1.65.1 >/dev/null
fi

# The example monolith's compile DB, as users' builds make it.
cmake -S "$src/examples/monolith" -B "$work/monolith" -G Ninja \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cd "$src/examples/monolith"
status=0
"$seams" check -p "$work/monolith" --format json -o "$work/check.json" || status=$?
[ "$status" -le 1 ] || { echo "seams check failed with exit $status"; exit 1; }
"$seams" report -p "$work/monolith" -o "$work/report.html" -v 2>"$work/report.log" ||
  { cat "$work/report.log"; exit 1; }
grep -E "rendered|wrote" "$work/report.log"
"$seams" report -p "$work/monolith" -o "$work/report-again.html" 2>/dev/null
cmp "$work/report.html" "$work/report-again.html" ||
  { echo "error: two runs gave different reports"; exit 1; }

node "$src/tests/browser/report_test.js" "$pw/node_modules/playwright-core" \
  "$chromium" "$work/report.html" "$work/check.json" "$shot"
