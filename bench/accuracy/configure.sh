#!/usr/bin/env bash
# Configure a fetched codebase with CMake so that it has a compile_commands.json.
# Nothing is built. Usage: configure.sh leveldb|abseil SOURCE_DIR BUILD_DIR
#
# leveldb: its CMakeLists does add_subdirectory(third_party/googletest) and
# (third_party/benchmark), which are git submodules. Instead of fetching them we put a
# 5-line shim in each that wraps Debian's googletest / libbenchmark-dev packages, so gtest
# and benchmark headers are system headers (external to seams) and no gtest TU enters the
# compile DB. The shims are written into SOURCE_DIR/third_party, which seams.yaml excludes.
# leveldb HEAD uses std::is_standard_layout_v (C++17) although its CMakeLists defaults to
# C++11, so it is configured with CMAKE_CXX_STANDARD=17 (as a real build needs).
# abseil: configured without its tests (BUILD_TESTING=OFF) -- see README.md for why.
# bde: needs bde-tools' BdeBuildSystem (BDE_TOOLS=/path/to/bde-tools); configured as
# `bbs_build configure -u opt_dbg_64_cpp17` would, with clang-19, into BUILD_DIR/cmake; then
# BUILD_DIR/compile_commands.json keeps only the bsl and bdl groups and the third-party
# libraries they use (inteldfp, pcre2, bbryu), without test drivers (*.t.cpp, split .xt.cpp).
# A source file missing from the checkout (a snapshot without its largest blobs) is created
# empty for the configure step only, removed afterwards and left out of the compile DB.
set -euo pipefail
name=$1 src=$(realpath "$2") build=$3
case "$name" in
leveldb)
  mkdir -p "$src/third_party/googletest" "$src/third_party/benchmark"
  cat > "$src/third_party/googletest/CMakeLists.txt" <<'CM'
# seams bench shim: Debian's googletest instead of the submodule.
find_package(GTest REQUIRED)
foreach(t gtest gtest_main gmock gmock_main)
  add_library(${t} INTERFACE)
  target_link_libraries(${t} INTERFACE GTest::${t})
endforeach()
CM
  cat > "$src/third_party/benchmark/CMakeLists.txt" <<'CM'
# seams bench shim: Debian's libbenchmark-dev instead of the submodule.
find_package(benchmark REQUIRED)
add_library(benchmark INTERFACE)
target_link_libraries(benchmark INTERFACE benchmark::benchmark)
CM
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    -DCMAKE_CXX_STANDARD=17 -DLEVELDB_BUILD_TESTS=ON -DLEVELDB_BUILD_BENCHMARKS=ON -DLEVELDB_INSTALL=OFF >/dev/null
  ;;
abseil)
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    -DCMAKE_CXX_STANDARD=17 -DBUILD_TESTING=OFF -DABSL_BUILD_TESTING=OFF >/dev/null
  ;;
bde)
  tools=$(realpath "${BDE_TOOLS:?set BDE_TOOLS to a bde-tools checkout}")
  missing=$(cd "$src" && git ls-files -d)
  for f in $missing; do : > "$src/$f"; done
  CC=clang-19 CXX=clang++-19 cmake -S "$src" -B "$build/cmake" -G Ninja \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBDE_BUILD_TARGET_64=1 -DBDE_BUILD_TARGET_CPP17=1 -DBBS_BUILD_SYSTEM=ON \
    -DBdeBuildSystem_ROOT="$tools/BdeBuildSystem" \
    -DCMAKE_TOOLCHAIN_FILE="$tools/BdeBuildSystem/toolchains/linux/clang-default.cmake" \
    -DCMAKE_INSTALL_PREFIX=/opt/bb -DCMAKE_INSTALL_LIBDIR=lib64 >/dev/null
  for f in $missing; do rm -f "$src/$f"; done
  python3 - "$src" "$build/cmake/compile_commands.json" "$build/compile_commands.json" $missing <<'PY'
import json, re, sys
src, full, out, missing = sys.argv[1], sys.argv[2], sys.argv[3], set(sys.argv[4:])
keep = re.compile(re.escape(src) + r"/(groups/(bsl|bdl)|thirdparty/(inteldfp|pcre2|bbryu))/")
db = [e for e in json.load(open(full))
      if keep.match(e["file"]) and not re.search(r"\.x?t\.cpp$", e["file"])
      and e["file"][len(src) + 1:] not in missing]
json.dump(db, open(out, "w"), indent=1)
PY
  ;;
*) echo "unknown codebase $name" >&2; exit 2 ;;
esac
python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))), "compile commands in", sys.argv[1])' "$build/compile_commands.json"
