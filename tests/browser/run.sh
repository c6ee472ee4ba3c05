#!/usr/bin/env bash
# End-to-end test of `seams report` in real headless Chromium (Debian's chromium, driven
# through Debian's chromium-driver by python3-selenium; nothing downloaded): builds the
# example's compile DB, writes its report twice (the bytes must match), then report_test.py
# loads it offline, clicks a heatmap cell, checks the evidence panel against
# `seams check --format json` and saves the screenshot; then it loads the report of
# testdata/graph-fold-groups (module groups) and folds the groups.
#   run.sh SEAMS_BINARY SOURCE_DIR WORK_DIR SCREENSHOT_PNG
# Exit 77 (CTest: skipped) only when chromium is not installed.
set -euo pipefail
seams=$1 src=$2 work=$3 shot=$4
chromium=${SEAMS_CHROMIUM:-$(command -v chromium || true)}
if [ -z "$chromium" ]; then
  echo "skipped: chromium is not installed (scripts/test.sh installs it)"
  exit 77
fi
chromedriver=${SEAMS_CHROMEDRIVER:-/usr/bin/chromedriver}
# Debian's python3, not one earlier in PATH: python3-selenium is Debian's.
python=${SEAMS_PYTHON:-/usr/bin/python3}
[ -x "$chromedriver" ] && "$python" -c 'import selenium' 2>/dev/null || {
  echo "error: chromium-driver and python3-selenium are needed (scripts/test.sh installs them)"
  exit 1
}
mkdir -p "$work"

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

# A project with module groups, for the "fold groups" toggle (also written twice).
cmake -S "$src/testdata/graph-fold-groups" -B "$work/groups" -G Ninja \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cd "$src/testdata/graph-fold-groups"
for out in groups.html groups-again.html; do
  "$seams" report -p "$work/groups" -o "$work/$out" 2>"$work/groups.log" ||
    { cat "$work/groups.log"; exit 1; }
done
cmp "$work/groups.html" "$work/groups-again.html" ||
  { echo "error: two runs gave different reports (groups)"; exit 1; }

"$python" "$src/tests/browser/report_test.py" "$chromium" "$chromedriver" "$work/report.html" \
  "$work/check.json" "$shot" "$work/groups.html"
