#!/usr/bin/env bash
# `seams graph --format dot` must be valid Graphviz: `dot -Tsvg` parses it.
# A tiny project with hostile module and layer names (quotes, backslashes,
# angle brackets), a layering violation and a cycle; its compile DB is
# written by hand. The mermaid and json formats must run on it too.
#   graph_formats_test.sh SEAMS_BINARY WORK_DIR
set -euo pipefail
seams=$1 work=$2
command -v dot >/dev/null || { echo "error: dot is not installed (scripts/test.sh installs graphviz)"; exit 1; }
rm -rf "$work" && mkdir -p "$work/src/a" "$work/src/b" "$work/src/c"
cd "$work"
cat >seams.yaml <<'YAML'
version: 1
layers: ['top "layer" <1>', bottom]
modules:
  'a "quoted" <mod>': {paths: ["src/a/**"], layer: 'top "layer" <1>'}
  'b\back{x}': {paths: ["src/b/**"], layer: bottom}
  c: {paths: ["src/c/**"], layer: bottom}
YAML
echo 'struct B { int v; };' >src/b/b.h
echo 'struct C { int w; };' >src/c/c.h
printf '#include "../b/b.h"\nint a() { B b{1}; return b.v; }\n' >src/a/a.cpp
printf '#include "../c/c.h"\n#include "../a/a.h"\nint b() { C c{2}; return c.w + a2(); }\n' >src/b/b.cpp
echo 'int a2();' >src/a/a.h
printf '#include "../b/b.h"\nint c() { B b{3}; return b.v; }\n' >src/c/c.cpp
{
  echo '['
  for f in a/a b/b c/c; do
    echo "{\"directory\": \"$work\", \"file\": \"$work/src/$f.cpp\", \"arguments\": [\"clang++\", \"-std=c++17\", \"-c\", \"src/$f.cpp\"]},"
  done | sed '$ s/,$//'
  echo ']'
} >compile_commands.json
"$seams" graph -p . --format dot -o graph.dot
dot -Tsvg graph.dot -o graph.svg
grep -q 'quoted' graph.svg
grep -q 'cluster' graph.dot
"$seams" graph -p . --format mermaid -o graph.mmd
grep -q '^flowchart TB' graph.mmd
"$seams" graph -p . --format json -o graph.json
echo "dot -Tsvg parsed $(grep -c -- '->' graph.dot) edges; mermaid and json written"
