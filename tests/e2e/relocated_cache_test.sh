#!/usr/bin/env bash
# The fact cache moves with the project: a checkout at another path (another CI runner, a cache
# restored from the CI's cache store) with the same cache directory parses nothing and reports
# the same findings; an edited file is parsed again there. (Paths under the root are stored
# relative to it and TU keys leave the root out.)
#
#   relocated_cache_test.sh SEAMS_BINARY PROJECT_DIR WORK_DIR
set -u
seams=$(realpath "$1")
project=$(realpath "$2")
work=$(realpath -m "$3")
rm -rf "$work" && mkdir -p "$work/first" "$work/second"
fail() { echo "relocated_cache: $*" >&2; exit 1; }
configure() {
  rm -rf "$1/build/CMakeFiles" "$1/build/CMakeCache.txt" "$1/build/build.ninja" "$1/build/compile_commands.json"
  cmake -S "$1" -B "$1/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null 2>&1 || fail "configure failed"
}
cp -R "$project" "$work/first/proj"
configure "$work/first/proj"
(cd "$work/first/proj" && "$seams" check -p build --format json) >"$work/first.json" 2>/dev/null
mv "$work/first/proj" "$work/second/proj"
configure "$work/second/proj"
(cd "$work/second/proj" && "$seams" check -p build --format json -v) >"$work/second.json" 2>"$work/second.err"
grep -q "parsed 0 of" "$work/second.err" || { grep parsed "$work/second.err"; fail "the moved checkout did not reuse the cache"; }
cmp -s "$work/first.json" "$work/second.json" || fail "the moved checkout reports other findings"
file=$(cd "$work/second/proj" && git ls-files 2>/dev/null | grep '\.cpp$' | head -1)
[ -n "$file" ] || file=$(cd "$work/second/proj" && find src -name '*.cpp' | sort | head -1)
echo "// edited" >>"$work/second/proj/$file"
(cd "$work/second/proj" && "$seams" check -p build --format json -v) >/dev/null 2>"$work/third.err"
grep -q "parsed 1 of" "$work/third.err" || { grep parsed "$work/third.err"; fail "an edited file was not parsed again"; }
echo "relocated_cache: a moved checkout reuses the cache, an edited file is parsed again"
