#!/usr/bin/env bash
# `seams init` end to end on testdata/init-project (a CMake project without seams.yaml):
#  - the tree draft and the --from cmake draft, each compared with its expected seams.yaml
#    and stdout;
#  - the day-one promise: `seams check --baseline seams-baseline.json` passes right after init,
#    while the same check without the baseline fails (the baseline is not empty);
#  - --observed declares what is used, so only cycles stay in the baseline;
#  - init never replaces seams.yaml or seams-baseline.json without --force, and a failed
#    --force run puts the old files back.
#
#   init_test.sh SEAMS_BINARY PROJECT_DIR WORK_DIR
# SEAMS_UPDATE_EXPECTED=1 rewrites the expected files in PROJECT_DIR.
set -u
seams=$(realpath "$1")
project=$(realpath "$2")
work=$(realpath -m "$3")
rm -rf "$work" && mkdir -p "$work"
fail() { echo "init_test: $*" >&2; exit 1; }
cp -R "$project" "$work/proj"
proj=$work/proj
rm -f "$proj"/expected* "$proj"/command "$proj"/args "$proj"/setup.sh
cmake -S "$proj" -B "$proj/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "configure failed"; }

# expect NAME FILE: FILE equals PROJECT_DIR/expected-NAME (or becomes it when updating).
expect() {
  if [ -n "${SEAMS_UPDATE_EXPECTED:-}" ]; then
    cp "$2" "$project/expected-$1"
  elif ! diff -u --label "expected-$1" --label "$1" "$project/expected-$1" "$2"; then
    fail "$1 differs"
  fi
}

# run NAME ARGS...: seams ARGS in the project; stdout to WORK/NAME.out, exit code in $rc.
run() {
  local name=$1
  shift
  (cd "$proj" && "$seams" "$@") >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
}

# day_one NAME: check passes with the baseline and fails without it.
day_one() {
  run "$1-check" check -p build --baseline seams-baseline.json
  [ "$rc" = 0 ] || { cat "$work/$1-check.out" "$work/$1-check.err"; fail "$1: check --baseline exited $rc"; }
  run "$1-check-all" check -p build
  [ "$rc" = 1 ] || { cat "$work/$1-check-all.out"; fail "$1: check without the baseline exited $rc, not 1"; }
}

# 1. From the tree.
run tree init -p build
[ "$rc" = 0 ] || { cat "$work/tree.err"; fail "init exited $rc"; }
expect tree.yaml "$proj/seams.yaml"
expect tree.txt "$work/tree.out"
day_one tree

# 2. Never replaced without --force; both files named.
cp "$proj/seams.yaml" "$work/kept.yaml"
run again init -p build
[ "$rc" = 2 ] || fail "a second init exited $rc, not 2"
grep -q "seams.yaml: exists; 'seams init --force' replaces it" "$work/again.err" ||
  { cat "$work/again.err"; fail "no message about the existing seams.yaml"; }
grep -q "seams-baseline.json: exists" "$work/again.err" || fail "no message about the baseline"
cmp -s "$proj/seams.yaml" "$work/kept.yaml" || fail "a refused init changed seams.yaml"

# 3. A failing --force run (no compile DB there) leaves the old files as they were.
cp "$proj/seams-baseline.json" "$work/kept-baseline.json"
run broken init --force -p "$work/no-such-build"
[ "$rc" = 2 ] || fail "init with a missing compile DB exited $rc, not 2"
cmp -s "$proj/seams.yaml" "$work/kept.yaml" || fail "a failed init --force changed seams.yaml"
cmp -s "$proj/seams-baseline.json" "$work/kept-baseline.json" || fail "a failed init --force changed the baseline"

# 4. From the CMake build: modules per target, depends_on from the links.
run cmake init --from cmake --force -p build
[ "$rc" = 0 ] || { cat "$work/cmake.err"; fail "init --from cmake exited $rc"; }
expect cmake.yaml "$proj/seams.yaml"
expect cmake.txt "$work/cmake.out"
day_one cmake

# 5. --observed: what is used is declared; the cycle stays in the baseline.
run observed init --from cmake --observed --force -p build
[ "$rc" = 0 ] || { cat "$work/observed.err"; fail "init --observed exited $rc"; }
expect observed.yaml "$proj/seams.yaml"
grep -q '"rule": "undeclared-dependency"' "$proj/seams-baseline.json" &&
  fail "--observed left undeclared dependencies in the baseline"
grep -q '"rule": "cycle"' "$proj/seams-baseline.json" || fail "the cycle is not in the baseline"
day_one observed

# 6. Nothing to draft from: a folder without C or C++ files.
mkdir -p "$work/empty"
(cd "$work/empty" && "$seams" init) >/dev/null 2>"$work/empty.err"
rc=$?
[ "$rc" = 2 ] || fail "init in an empty folder exited $rc, not 2"
grep -q "no C or C++ file under the project root" "$work/empty.err" || { cat "$work/empty.err"; fail "no message"; }
[ -e "$work/empty/seams.yaml" ] && fail "init in an empty folder wrote seams.yaml"

echo "init_test: tree and cmake drafts as expected; check passes on day one; nothing replaced without --force"
