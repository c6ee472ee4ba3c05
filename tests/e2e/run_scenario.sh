#!/usr/bin/env bash
# Runs one end-to-end scenario of testdata/ through the real seams binary and compares
# stdout, the exit code and (when pinned) stderr with the scenario's expected files.
#
#   run_scenario.sh SEAMS_BINARY SCENARIO_DIR WORK_DIR
#
# A scenario directory holds:
#   CMakeLists.txt          configured (never built) into WORK/build to get compile_commands.json
#   cmake-args              optional: extra arguments for that configure step
#   builds                  optional: one line of cmake -D arguments per extra build dir
#                           (WORK/build1, WORK/build2, ...); every build is passed as its own -p
#   compile_commands.json   optional, instead of CMake: copied to WORK/build with @SRC@ replaced
#                           by the absolute scenario directory
#   command                 optional: the subcommand to run, its first word (default: check)
#   setup.sh                optional: makes the scenario run in a copy (WORK/src) after running
#                           this script there, e.g. to create a git repository with fixed dates
#   args                    optional: extra arguments of `seams check` (@BUILD@ = WORK/build,
#                           @SRC@ = the scenario dir, @REPO@ = the repository, @PLUGIN_BIN@ =
#                           where the example plugins are built, from $SEAMS_E2E_PLUGIN_BIN);
#                           if they contain -p (or --facts), the runner adds none
#   expected.txt            stdout; leading lines starting with '#' say what the scenario proves
#   expected-exit           optional exit code (default 0)
#   expected-stderr.txt     optional stderr, with @BUILD@, @WORK@, @SRC@, @REPO@ and
#                           @PLUGIN_BIN@ for the paths
#   env                     optional: NAME=VALUE lines set for the seams run; GITHUB_ACTIONS is
#                           unset otherwise, so a CI runner's own environment changes no output
# On a mismatch it prints a unified diff and the command that reproduces the run, and exits 1
# (or, with SEAMS_UPDATE_EXPECTED=1, rewrites the expectations; see the end).
set -u

if [ $# -ne 3 ]; then
  echo "usage: $0 SEAMS_BINARY SCENARIO_DIR WORK_DIR" >&2
  exit 2
fi
seams=$(realpath "$1")
src=$(realpath "$2")
work=$(realpath -m "$3")
build="$work/build"
name=$(basename "$src")
scenario_dir=$src  # the committed scenario, also when setup.sh runs it in a copy
repo=$(realpath "$src/../..")
plugin_bin=${SEAMS_E2E_PLUGIN_BIN:-$repo/build/plugins/examples}

case "$work" in
  / | "$src" | "$src"/*) echo "refusing to use $work as the work dir" >&2; exit 2 ;;
esac
rm -rf "$work"
mkdir -p "$work"

# 0. A scenario with setup.sh runs in a copy prepared at test time (never a committed .git).
if [ -f "$src/setup.sh" ]; then
  cp -R "$src/." "$work/src"
  src="$work/src"
  if ! (cd "$src" && bash ./setup.sh) >"$work/setup.log" 2>&1; then
    cat "$work/setup.log" >&2
    echo "e2e.$name: setup.sh failed" >&2
    exit 1
  fi
fi

fail() {
  echo "e2e.$name: $*" >&2
  exit 1
}

configure() {  # configure DIR [cmake args...]
  local dir=$1
  shift
  if ! cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "$@" \
      >"$dir.configure.log" 2>&1; then
    cat "$dir.configure.log" >&2
    fail "cmake configure failed"
  fi
}

# Words of a file (args, cmake-args, a builds line) with the placeholders replaced.
expand() {
  sed -e "s|@BUILD@|$build|g" -e "s|@WORK@|$work|g" -e "s|@SRC@|$src|g" \
    -e "s|@PLUGIN_BIN@|$plugin_bin|g" -e "s|@REPO@|$repo|g"
}

# 1. A compile DB.
dbs=()
if [ -f "$src/compile_commands.json" ]; then
  mkdir -p "$build"
  sed -e "s|@SRC@|$src|g" "$src/compile_commands.json" >"$build/compile_commands.json"
  dbs+=("$build")
elif [ -f "$src/CMakeLists.txt" ]; then
  cmake_args=()
  if [ -f "$src/cmake-args" ]; then read -r -a cmake_args < <(expand <"$src/cmake-args"); fi
  configure "$build" "${cmake_args[@]}"
  dbs+=("$build")
  if [ -f "$src/builds" ]; then
    n=0
    while IFS= read -r line || [ -n "$line" ]; do
      [ -z "$line" ] && continue
      n=$((n + 1))
      read -r -a extra <<<"$(expand <<<"$line")"
      configure "$work/build$n" "${cmake_args[@]}" "${extra[@]}"
      dbs+=("$work/build$n")
    done <"$src/builds"
  fi
fi

# 2. Run seams from the scenario directory (so it finds the scenario's seams.yaml).
args=()
if [ -f "$src/args" ]; then read -r -a args < <(expand <"$src/args" | tr '\n' ' '); fi
subcommand=check
if [ -f "$src/command" ]; then read -r subcommand _ <"$src/command"; fi
cmd=("$seams" "$subcommand")
has_p=0
for a in "${args[@]}"; do
  if [ "$a" = "-p" ] || [ "$a" = "--facts" ]; then has_p=1; fi
done
if [ $has_p -eq 0 ]; then
  for d in "${dbs[@]}"; do cmd+=(-p "$d"); done
fi
cmd+=("${args[@]}")
run_env=(env -u GITHUB_ACTIONS)
if [ -f "$src/env" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -n "$line" ]; then run_env+=("$line"); fi
  done <"$src/env"
fi
(cd "$src" && "${run_env[@]}" "${cmd[@]}") >"$work/stdout" 2>"$work/stderr"
rc=$?

# 3. Compare.
ok=1
awk 'body || !/^#/ { body = 1; print }' "$src/expected.txt" >"$work/expected.stdout"
if ! diff -u --label expected.txt --label stdout "$work/expected.stdout" "$work/stdout"; then
  ok=0
fi
want_rc=0
if [ -f "$src/expected-exit" ]; then want_rc=$(tr -d '[:space:]' <"$src/expected-exit"); fi
if [ "$rc" != "$want_rc" ]; then
  echo "exit code: expected $want_rc, got $rc"
  ok=0
fi
if [ -f "$src/expected-stderr.txt" ]; then
  # The plugin and repository paths only where a path starts: a short repository path
  # (/src in a fresh container) must not turn "../src/a.cpp" into "..@REPO@/a.cpp".
  ere() { printf '%s' "$1" | sed -e 's/[][\\.^$*+?(){}|#]/\\&/g'; }
  sed -e "s|$build|@BUILD@|g" -e "s|$work|@WORK@|g" -e "s|$src|@SRC@|g" "$work/stderr" |
    sed -E -e "s#(^|[^A-Za-z0-9_./-])$(ere "$plugin_bin")#\\1@PLUGIN_BIN@#g" \
      -e "s#(^|[^A-Za-z0-9_./-])$(ere "$repo")/#\\1@REPO@/#g" >"$work/stderr.normalized"
  if ! diff -u --label expected-stderr.txt --label stderr "$src/expected-stderr.txt" \
      "$work/stderr.normalized"; then
    ok=0
  fi
fi
# SEAMS_UPDATE_EXPECTED=1 rewrites expected.txt (keeping its '#' lines) and any pinned
# stderr and exit code with what this run gave: review the diff before committing.
if [ $ok -eq 0 ] && [ -n "${SEAMS_UPDATE_EXPECTED:-}" ]; then
  dir=$scenario_dir
  { awk '!/^#/ { exit } { print }' "$dir/expected.txt"; cat "$work/stdout"; } >"$work/expected.new"
  mv "$work/expected.new" "$dir/expected.txt"
  if [ -f "$dir/expected-stderr.txt" ]; then cp "$work/stderr.normalized" "$dir/expected-stderr.txt"; fi
  if [ "$rc" != 0 ] || [ -f "$dir/expected-exit" ]; then echo "$rc" >"$dir/expected-exit"; fi
  echo "e2e.$name: expectations updated"
  exit 0
fi
if [ $ok -eq 0 ]; then
  if [ ! -f "$src/expected-stderr.txt" ] && [ -s "$work/stderr" ]; then
    echo "--- stderr:"
    cat "$work/stderr"
  fi
  printf 'reproduce: cd %q &&' "$src"
  printf ' %q' "${run_env[@]}" "${cmd[@]}"
  printf '\n'
  fail "FAILED"
fi
exit 0
