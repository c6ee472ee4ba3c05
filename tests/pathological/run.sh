#!/usr/bin/env bash
# Pathological inputs (docs/robustness.md): each case generates a small project into the
# build tree, runs the real seams binary on it under a time limit, and checks a clear
# outcome: the exit code, the message that explains it, and (for the security case) that
# nothing named in the inputs was executed. Inputs are made at test time, never committed.
#
#   run.sh SEAMS_BINARY WORK_DIR CASE LIMIT_SECONDS
#
# Prints "CASE: exit N in T s (limit L s)" and appends "CASE|N|T" to WORK_DIR/results.txt
# (docs/robustness.md records them). Cases: include-cycle-no-guards include-chain-2000
# source-100mb symlink-loop non-utf8 non-utf8-tu-path compile-db-100k-missing
# compile-db-empty-array compile-db-empty-file no-execution.
set -u

if [ $# -ne 4 ]; then
  echo "usage: $0 SEAMS_BINARY WORK_DIR CASE LIMIT_SECONDS" >&2
  exit 2
fi
seams=$(realpath "$1")
mkdir -p "$2"
work=$(realpath "$2")
case_name=$3
limit=$4
dir="$work/$case_name"
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir" || exit 1

fail() {
  echo "pathological.$case_name: FAILED: $*" >&2
  for f in stdout stderr; do
    if [ -s "$dir/$f" ]; then
      echo "--- $f (first 20 lines):" >&2
      head -20 "$dir/$f" >&2
    fi
  done
  printf 'reproduce: cd %q &&' "$dir" >&2
  printf ' %q' "${last_cmd[@]}" >&2
  printf '\n' >&2
  exit 1
}

# --- project helpers --------------------------------------------------------------------

# Two modules: a may depend on nothing, so every use of b from a is one finding.
write_config() {
  cat >seams.yaml <<'EOF'
version: 1
modules:
  a:
    paths: ["src/a/**"]
    depends_on: []
  b:
    paths: ["src/b/**"]
EOF
  mkdir -p src/a src/b build
  printf '#pragma once\nnamespace b {\ninline int value() { return 1; }\n}  // namespace b\n' \
    >src/b/b.h
}

# compile_commands.json from "FILE" arguments (paths relative to the project).
write_db() {
  {
    echo "["
    local sep=""
    for f in "$@"; do
      printf '%s  {"directory": "%s", "arguments": ["c++", "-Isrc", "-c", "%s"], "file": "%s"}' \
        "$sep" "$dir" "$f" "$f"
      sep=$',\n'
    done
    printf '\n]\n'
  } >build/compile_commands.json
}

# --- running and checking ---------------------------------------------------------------

rc=0
elapsed=0
last_cmd=()
# run ARGS...: seams ARGS from the project directory, killed at the time limit.
run() {
  last_cmd=("$seams" "$@")
  local start end
  start=$(date +%s.%N)
  timeout -k 10 "$limit" "$seams" "$@" >"$dir/stdout" 2>"$dir/stderr"
  rc=$?
  end=$(date +%s.%N)
  elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    fail "did not finish within the limit of ${limit}s"
  fi
  echo "pathological.$case_name: exit $rc in ${elapsed}s (limit ${limit}s): seams $*"
  echo "$case_name|$rc|$elapsed" >>"$work/results.txt"
}

expect_exit() {
  [ "$rc" -eq "$1" ] || fail "exit code: expected $1, got $rc"
}
# expect_in stdout|stderr EXTENDED_REGEX: some line matches.
expect_in() {
  grep -Eq -- "$2" "$dir/$1" || fail "$1 has no line matching: $2"
}
expect_not_in() {
  if grep -Eq -- "$2" "$dir/$1"; then fail "$1 has a line matching: $2"; fi
}

# --- cases -------------------------------------------------------------------------------

# Two headers that include each other without guards: clang stops at its include depth
# limit; the TU is reported as a parse failure and the rest is analyzed.
case_include_cycle_no_guards() {
  write_config
  printf '#include "b/y.h"\nnamespace b { struct X; }\n' >src/b/x.h
  printf '#include "b/x.h"\nnamespace b { struct Y; }\n' >src/b/y.h
  printf '#include "b/x.h"\nint cyclic() { return 0; }\n' >src/a/cyclic.cpp
  printf '#include "b/b.h"\nint a_run() { return b::value(); }\n' >src/a/a.cpp
  write_db src/a/a.cpp src/a/cyclic.cpp
  run check -p build
  expect_exit 1
  expect_in stderr "src/a/cyclic.cpp: failed to parse.*nested too deeply"
  expect_in stdout "src/a/a.cpp:2:.*uses b::value"
}

# h0.h includes h1.h ... includes h1999.h, each with a guard: deeper than clang's include
# depth limit (200), so the TU is a parse failure that names the limit; the first levels'
# facts are kept and the rest of the project is analyzed.
case_include_chain_2000() {
  write_config
  mkdir -p src/b/chain
  local i
  for ((i = 0; i < 2000; i++)); do
    printf '#pragma once\n#include "b/chain/h%d.h"\nnamespace b { struct S%d {}; }\n' \
      $((i + 1)) "$i" >"src/b/chain/h$i.h"
  done
  printf '#pragma once\nnamespace b { struct S2000 {}; }\n' >src/b/chain/h2000.h
  printf '#include "b/chain/h0.h"\nb::S0 deep;\n' >src/a/deep.cpp
  printf '#include "b/b.h"\nint a_run() { return b::value(); }\n' >src/a/a.cpp
  write_db src/a/a.cpp src/a/deep.cpp
  run check -p build
  expect_exit 1
  expect_in stderr "src/a/deep.cpp: failed to parse.*nested too deeply"
  expect_in stdout "src/a/a.cpp:2:.*uses b::value"
  expect_in stdout "src/a/deep.cpp:2:.*uses b::S0"
}

# A generated source of 100 MB (a table of string literals, as resource embedders write)
# with a use of b on its last line: analyzed completely within the limit.
case_source_100mb() {
  write_config
  mkdir -p src/a
  {
    echo '#include "b/b.h"'
    echo 'const char* const kTable[] = {'
    awk 'BEGIN { s = ""; for (i = 0; i < 1000; i++) s = s "x";
                 n = int(100 * 1024 * 1024 / 1005) + 1;
                 for (i = 0; i < n; i++) print "  \"" s "\"," }'
    echo '};'
    echo 'int a_last() { return b::value(); }'
  } >src/a/big.cpp
  local size
  size=$(stat -c %s src/a/big.cpp)
  [ "$size" -ge $((100 * 1024 * 1024)) ] || fail "generated only $size bytes"
  write_db src/a/big.cpp
  run check -p build
  expect_exit 1
  expect_in stdout "src/a/big.cpp:[0-9]+:.*uses b::value"
  expect_in stdout "0 parse failures"
}

# Symlink loops in the tree: a directory link to itself (src/a/loop -> .), a file link to
# itself, and two links to each other. A TU named through the directory loop is analyzed
# under its real path; TUs that are unresolvable links are parse failures, not hangs.
case_symlink_loop() {
  write_config
  printf '#include "b/b.h"\nint a_run() { return b::value(); }\n' >src/a/a.cpp
  printf '#include "b/loop/loop/loop/b.h"\nint a_two() { return b::value(); }\n' >src/a/two.cpp
  ln -s . src/a/loop
  ln -s . src/b/loop
  ln -s self.cpp src/a/self.cpp
  ln -s pong.cpp src/a/ping.cpp
  ln -s ping.cpp src/a/pong.cpp
  write_db src/a/a.cpp src/a/loop/loop/loop/loop/two.cpp src/a/self.cpp src/a/ping.cpp
  run check -p build
  expect_exit 1
  expect_in stdout "src/a/two.cpp:2:.*uses b::value"
  expect_in stdout "src/a/a.cpp:2:.*uses b::value"
  expect_in stderr "src/a/self.cpp"
  expect_in stderr "src/a/ping.cpp"
}

# Latin-1 bytes (not UTF-8) in a header's name, in comments and string literals, and an
# invalid byte sequence in an identifier-free comment: analyzed; the text report names the
# header with its bytes, and the JSON report is still valid JSON.
case_non_utf8() {
  write_config
  printf '#pragma once\n// r\xe9sum\xe9 \xff\xfe\nnamespace b {\ninline const char* name() { return "na\xefve"; }\n}\n' \
    >"src/b/caf$(printf '\xe9').h"
  printf '#include "b/caf\xe9.h"\n// \xc3\x28 \xa0\xa1\nint a_run() { return *b::name(); }\n' \
    >src/a/a.cpp
  write_db src/a/a.cpp
  run check -p build
  expect_exit 1
  expect_in stdout "src/a/a.cpp:3:.*uses b::name"
  run check -p build --format json
  expect_exit 1
  expect_in stdout '"rule": "undeclared-dependency"'
  if command -v python3 >/dev/null; then
    python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8", errors="strict"))' \
      "$dir/stdout" 2>"$dir/json-check" || fail "the JSON report is not valid UTF-8 JSON: $(cat "$dir/json-check")"
  fi
  # The baseline keeps the header's exact bytes (as hex beside a readable text), so the
  # check that reads it back accepts exactly these findings.
  run baseline -p build
  expect_exit 0
  expect_in seams-baseline.json '"hex": "7372632f622f636166e92e68"'
  run check -p build --baseline seams-baseline.json
  expect_exit 0
  # The bytes matter: a baseline with U+FFFD in their place does not match.
  sed -i 's/"hex": "7372632f622f636166e92e68"/"hex": "7372632f622f636166efbfbd2e68"/' \
    seams-baseline.json
  run check -p build --baseline seams-baseline.json
  expect_exit 2
  expect_in stderr "fingerprint .* does not match"
}

# A TU whose own name is not UTF-8. JSON strings must be UTF-8, so a compile DB that
# names it is not valid JSON: seams says so precisely (file, line, the offending byte)
# and exits 2, since it cannot know which TUs the file meant.
case_non_utf8_tu_path() {
  write_config
  printf '#include "b/b.h"\nint a_run() { return b::value(); }\n' >"src/a/$(printf '\xe9t\xe9').cpp"
  write_db "src/a/$(printf '\xe9t\xe9').cpp"
  run check -p build
  expect_exit 2
  expect_in stderr "compile_commands.json:2:[0-9]+: malformed JSON: .*UTF-8"
}

# 100 000 entries whose files do not exist: nothing can be analyzed, so exit 2 within the
# limit, and the last line says why. The first 20 missing files are listed, then a count
# of the rest (--verbose lists them all).
case_compile_db_100k_missing() {
  write_config
  awk -v d="$dir" 'BEGIN { print "[";
    for (i = 0; i < 100000; i++)
      printf "%s  {\"directory\": \"%s\", \"arguments\": [\"c++\", \"-c\", \"src/a/missing%d.cpp\"], \"file\": \"src/a/missing%d.cpp\"}", (i ? ",\n" : ""), d, i, i;
    print "\n]" }' >build/compile_commands.json
  run check -p build
  expect_exit 2
  tail -1 "$dir/stderr" | grep -q "all 100000 translation units failed to parse; nothing could be analyzed" ||
    fail "the last line of stderr does not say that nothing could be analyzed"
  # 20 failures, the "... more" line, the verdict, and the two ownership warnings (3 lines
  # each: src/a/ holds no file on disk).
  [ "$(wc -l <"$dir/stderr")" -eq 28 ] || fail "stderr should have 28 lines, not $(wc -l <"$dir/stderr")"
  expect_in stderr "and 99980 more translation units failed to parse \(--verbose lists them all\)"
}

# An empty compile DB ([]): nothing to analyze, exit 2 with the reason.
case_compile_db_empty_array() {
  write_config
  echo "[]" >build/compile_commands.json
  run check -p build
  expect_exit 2
  expect_in stderr "no translation unit inside the project root.*nothing to analyze"
}

# A zero-byte compile_commands.json (a build that died while writing it): exit 2, and the
# message says that the input ended before any value.
case_compile_db_empty_file() {
  write_config
  : >build/compile_commands.json
  run check -p build
  expect_exit 2
  expect_in stderr "compile_commands.json:1:1: malformed JSON: .*unexpected end of input"
}

# Item 6: seams never executes anything named in a compile DB or the config. Every
# command below would create a marker file if anything ran it: a compiler that is a
# script, shell syntax in a `command` string, compiler plugins (-fplugin, -Xclang -load,
# -fpass-plugin: a shared object whose constructor writes a marker), a -B directory holding
# the GPU-probe tools the clang driver runs for --offload-arch=native, and shell syntax in
# seams.yaml. The analysis must still work and no marker may appear.
case_no_execution() {
  write_config
  local marks="$dir/markers"
  mkdir -p "$marks" tools
  printf '#include "b/b.h"\nint a_run() { return b::value(); }\n' >src/a/a.cpp
  cp src/a/a.cpp src/a/plugin.cpp
  cp src/a/a.cpp src/a/shell.cpp
  cp src/a/a.cpp src/a/probe.cpp
  for tool in evil-cc amdgpu-arch nvptx-arch; do
    printf '#!/bin/sh\ntouch "%s/%s"\nexit 0\n' "$marks" "$tool" >"tools/$tool"
    chmod +x "tools/$tool"
  done
  local plugin_args=()
  if printf '#include <stdio.h>\n__attribute__((constructor)) static void mark(void) { fclose(fopen("%s/plugin", "w")); }\n' \
      "$marks" >tools/evil.c &&
    cc -shared -fPIC -o tools/evil.so tools/evil.c 2>/dev/null; then
    plugin_args=("\"-fplugin=$dir/tools/evil.so\"" "\"-fpass-plugin=$dir/tools/evil.so\""
      "\"-Xclang\"" "\"-load\"" "\"-Xclang\"" "\"$dir/tools/evil.so\"")
  else
    echo "pathological.$case_name: no C compiler; the plugin part is skipped"
  fi
  local plugin_json
  plugin_json=$(IFS=,; echo "${plugin_args[*]}")
  cat >build/compile_commands.json <<EOF
[
  {"directory": "$dir", "arguments": ["$dir/tools/evil-cc", "-Isrc", "-c", "src/a/a.cpp"], "file": "src/a/a.cpp"},
  {"directory": "$dir", "arguments": ["$dir/tools/evil-cc", "-Isrc", ${plugin_json:+$plugin_json,} "-c", "src/a/plugin.cpp"], "file": "src/a/plugin.cpp"},
  {"directory": "$dir", "command": "$dir/tools/evil-cc -Isrc -c src/a/shell.cpp; touch $marks/semicolon \$(touch $marks/dollar) \`touch $marks/backtick\` && touch $marks/and | touch $marks/pipe", "file": "src/a/shell.cpp"},
  {"directory": "$dir", "arguments": ["$dir/tools/evil-cc", "-Isrc", "-B$dir/tools", "-x", "hip", "--offload-arch=native", "-nogpulib", "-nogpuinc", "-c", "src/a/probe.cpp"], "file": "src/a/probe.cpp"},
  {"directory": "$dir", "arguments": ["$dir/tools/evil-cc", "-Isrc", "-B", "$dir/tools", "-x", "cuda", "--offload-arch=native", "-nocudainc", "-nocudalib", "-c", "src/a/probe.cpp"], "file": "src/a/probe.cpp"}
]
EOF
  cat >>seams.yaml <<EOF
  c:
    paths: ["src/c/\$(touch $marks/config)/**", "src/c/\`touch $marks/config2\`"]
    owners: ["\$(touch $marks/owner)"]
EOF
  PATH="$dir/tools:$PATH" run check -p build
  expect_exit 1
  expect_in stdout "src/a/a.cpp:2:.*uses b::value"
  expect_in stdout "src/a/plugin.cpp:2:.*uses b::value"
  local found
  found=$(ls -A "$marks")
  [ -z "$found" ] || fail "seams executed something named in its input: markers $found"
}

fn="case_${case_name//-/_}"
if ! declare -F "$fn" >/dev/null; then
  echo "$0: unknown case '$case_name'" >&2
  exit 2
fi
"$fn"
echo "pathological.$case_name: passed"
