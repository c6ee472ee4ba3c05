#!/usr/bin/env bash
# Quick start (a): installs what is missing, builds seams, generates the example monolith's
# compile DB with CMake (as users' builds do), runs `seams check` on it and writes its HTML
# report to build/report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target seams
cmake -S examples/monolith -B build/examples/monolith -G Ninja \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
echo
echo "\$ cd examples/monolith && seams check -p ../../build/examples/monolith"
status=0
(cd examples/monolith && ../../build/cli/seams check -p ../../build/examples/monolith "$@") || status=$?
echo
case $status in
  0) echo "seams: exit 0 (no boundary violations)" ;;
  1) echo "seams: exit 1 -- the example monolith breaks its boundaries on purpose; see examples/monolith/README.md" ;;
  *) echo "seams: exit $status"; exit $status ;;
esac
echo
echo "\$ seams report -p ../../build/examples/monolith -o ../../build/report.html"
(cd examples/monolith && ../../build/cli/seams report -p ../../build/examples/monolith \
  -o ../../build/report.html)
echo "open $PWD/build/report.html in a browser: coupling heatmap, extraction matrix, module graph, findings"
