#!/usr/bin/env bash
# The fact cache is never stale: a header with `#ifdef USE_B ... b::f() ...` analyzed
# with -DUSE_B, then with the flag removed from the compile DB, must not keep the use on the
# warm run; the same when an entry switches from C++11 to C++17 (a use only under C++17).
# After every step the warm output equals --no-cache output byte for byte.
# Usage: stale_cache_test.sh SEAMS_BINARY WORK_DIR
set -euo pipefail
seams=$1 work=$2
rm -rf "$work" && mkdir -p "$work/src/a" "$work/src/b" "$work/build"
cd "$work"
cat >seams.yaml <<'YAML'
version: 1
modules:
  a: {paths: ["src/a/**"], depends_on: []}
  b: {paths: ["src/b/**"]}
YAML
cat >src/b/b.h <<'CPP'
#pragma once
namespace b { void f(); void g(); }
CPP
cat >src/a/a.h <<'CPP'
#pragma once
#include "b/b.h"
inline void run() {
#ifdef USE_B
  b::f();
#endif
#if __cplusplus >= 201703L
  b::g();
#endif
}
CPP
echo '#include "a/a.h"' >src/a/one.cpp
echo '#include "a/a.h"' >src/a/two.cpp
db() {  # db FLAGS_OF_ONE: the compile DB, one.cpp with the given flags
  cat >build/compile_commands.json <<JSON
[{"directory": "$work", "file": "$work/src/a/one.cpp",
  "arguments": ["c++", $1 "-Isrc", "-c", "src/a/one.cpp"]},
 {"directory": "$work", "file": "$work/src/a/two.cpp",
  "arguments": ["c++", "-std=c++11", "-Isrc", "-c", "src/a/two.cpp"]}]
JSON
}
step() {  # step NAME: warm run == cold run
  "$seams" check -p build --cache-dir cache >warm.txt 2>/dev/null || true
  "$seams" check -p build --no-cache >cold.txt 2>/dev/null || true
  if ! cmp -s warm.txt cold.txt; then
    echo "stale cache after: $1"
    diff -u cold.txt warm.txt
    exit 1
  fi
}
db '"-std=c++11", "-DUSE_B",'
step "cold run with -DUSE_B"
grep -q "b::f" warm.txt || { echo "the -DUSE_B use is missing"; exit 1; }
db '"-std=c++11",'
step "-DUSE_B removed"
grep -q "b::f" warm.txt && { echo "b::f still reported without -DUSE_B"; exit 1; }
db '"-std=c++17",'
step "C++11 -> C++17"
grep -q "b::g" warm.txt || { echo "the C++17 use is missing"; exit 1; }
db '"-std=c++11",'
step "C++17 -> C++11"
grep -q "b::g" warm.txt && { echo "b::g still reported under C++11"; exit 1; }
echo "stale cache test passed"
