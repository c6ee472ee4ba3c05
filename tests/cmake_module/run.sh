#!/usr/bin/env bash
# cmake/Seams.cmake end to end: a project whose targets add their facts files as build steps.
# Ninja builds them with the libraries, a second build does nothing, touching a header that only
# one target's TUs read re-indexes that target alone (the depfile), and `seams_check` on the
# merged facts prints what `seams check -p` prints on the compile DB.
#
#   run.sh SEAMS_BINARY REPO WORK_DIR
set -u
seams=$(realpath "$1")
repo=$(realpath "$2")
work=$(realpath -m "$3")
rm -rf "$work" && mkdir -p "$work"
fail() { echo "cmake_module: $*" >&2; exit 1; }
cp -R "$repo/tests/cmake_module/project" "$work/src"
src="$work/src"
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_MODULE_PATH="$repo/cmake" \
  -DSEAMS_EXECUTABLE="$seams" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "configure failed"; }

ninja -C "$work/build" >"$work/build1.log" 2>&1 || { cat "$work/build1.log"; fail "first build failed"; }
for t in core app; do
  grep -q "seams: indexing $t" "$work/build1.log" || fail "the first build did not index $t"
  [ -s "$work/build/$t.facts" ] || fail "no $t.facts"
done

ninja -C "$work/build" >"$work/build2.log" 2>&1 || fail "second build failed"
grep -q "no work to do" "$work/build2.log" || { cat "$work/build2.log"; fail "a second build did work"; }

sleep 1 && touch "$src/core/detail.h"  # read by core/clock.cpp only
ninja -C "$work/build" >"$work/build3.log" 2>&1 || fail "third build failed"
grep -q "seams: indexing core" "$work/build3.log" || { cat "$work/build3.log"; fail "core not re-indexed after its header changed"; }
if grep -q "seams: indexing app" "$work/build3.log"; then cat "$work/build3.log"; fail "app re-indexed though nothing it reads changed"; fi

sleep 1 && touch "$src/core/format.h"  # read by both targets
ninja -C "$work/build" >"$work/build4.log" 2>&1 || fail "fourth build failed"
for t in core app; do
  grep -q "seams: indexing $t" "$work/build4.log" || { cat "$work/build4.log"; fail "$t not re-indexed after core/format.h changed"; }
done

(cd "$src" && "$seams" check -p "$work/build" --no-cache) >"$work/direct.txt" 2>/dev/null
direct_rc=$?
ninja -C "$work/build" seams_check >"$work/check.log" 2>&1
check_rc=$?
[ "$direct_rc" -eq 1 ] || fail "seams check -p should find the private header use (exit $direct_rc)"
[ "$check_rc" -ne 0 ] || fail "the seams_check target passed on a violation"
(cd "$src" && "$seams" check --facts "$work/build/all.facts") >"$work/facts.txt" 2>/dev/null
cmp -s "$work/direct.txt" "$work/facts.txt" || { diff "$work/direct.txt" "$work/facts.txt"; fail "check on the build's facts differs from check -p"; }
grep -q "core/format.h" "$work/check.log" || { cat "$work/check.log"; fail "seams_check did not report the finding"; }
echo "cmake_module: facts built with the targets, re-indexed per target by the depfile, checked from the merged facts"
