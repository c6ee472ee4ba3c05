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
*) echo "unknown codebase $name" >&2; exit 2 ;;
esac
python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))), "compile commands in", sys.argv[1])' "$build/compile_commands.json"
