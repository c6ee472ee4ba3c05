#!/usr/bin/env bash
# Validates what seams writes against published schemas, with Ajv under Node:
#   - check --format sarif against the official SARIF 2.1.0 schema (the copy shipped in the
#     npm package @microsoft/sarif-multitool-linux; pinned by version and sha256);
#   - check --format json, score --format json and seams-baseline.json against docs/schema/;
#   - every good seams.yaml of testdata/ and examples/ (and ours) against
#     docs/schema/seams.schema.json, and its near-misses (the unknown-key and bad-scoring
#     scenarios) must be rejected;
#   - the config corpus, tests/schema/config-corpus/{valid,invalid}/: the schema must judge
#     each file as its directory says, as seams' loader must (tests/analyzer/config_corpus_test.cpp).
# Installs its npm packages once, idempotently, into a cache shared by all build trees
# (SEAMS_NPM_CACHE, default ~/.cache/seams/schema-tools-1).
#   run.sh SEAMS_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
seams=$(realpath "$1")
src=$(realpath "$2")
rm -rf "$3"
mkdir -p "$3"
work=$(realpath "$3")
unset GITHUB_ACTIONS

command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "error: node and npm are needed (scripts/test.sh installs them)"; exit 1; }

# 1. The validator and the official SARIF schema, once.
cache=${SEAMS_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/seams/schema-tools-1}
sarif_sha=1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9  # ctest -j and two build trees may run this at once
if [ ! -f "$cache/node_modules/yaml/package.json" ]; then
  echo "installing ajv, ajv-formats and yaml into $cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error --no-save \
    ajv@8.20.0 ajv-formats@3.0.1 yaml@2.9.1 >/dev/null
fi
if [ ! -f "$cache/sarif-schema-2.1.0.json" ]; then
  echo "fetching the SARIF 2.1.0 schema from @microsoft/sarif-multitool-linux@5.7.0"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @microsoft/sarif-multitool-linux@5.7.0 >/dev/null &&
    tar -xzf ./*.tgz package/sarif-2.1.0.json)
  echo "$sarif_sha  $tmp/package/sarif-2.1.0.json" | sha256sum -c --quiet ||
    { echo "error: unexpected SARIF schema contents"; exit 1; }
  mv "$tmp/package/sarif-2.1.0.json" "$cache/sarif-schema-2.1.0.json"
  rm -rf "$tmp"
fi
flock -u 9
validate() { node "$src/tests/schema/validate.js" "$cache/node_modules" "$@"; }

# 2. Outputs of real runs. A scenario's compile DB comes from configuring its CMakeLists.
# run SCENARIO NAME ARGS...: `seams ARGS -p BUILD` in the scenario; stdout to WORK/NAME.
run() {
  local scenario=$1 name=$2
  shift 2
  local build="$work/build-$scenario"
  [ -d "$build" ] || cmake -S "$src/testdata/$scenario" -B "$build" -G Ninja \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
  local rc=0
  (cd "$src/testdata/$scenario" && "$seams" "$@" -p "$build") >"$work/$name" 2>"$work/$name.log" ||
    rc=$?
  [ $rc -le 1 ] || { cat "$work/$name.log"; echo "error: seams $* in $scenario exited $rc"; exit 1; }
}
for s in format-github json-output cycle-three-modules parse-failure-continues unused-dependency \
         clean-project; do
  run "$s" "check-$s.json" check --format json
  run "$s" "check-$s.sarif" check --format sarif
done
run format-markdown-baseline check-baseline.json check --format json --baseline seams-baseline.json
run baseline-stale-entry check-stale.json check --format json --baseline seams-baseline.json
run format-markdown-baseline check-baseline.sarif check --format sarif --baseline seams-baseline.json
run baseline-ratchet check-changed.sarif check --format sarif --changed-files /dev/null
run format-github baseline.out baseline -o "$work/baseline-written.json"
for s in score-json score-quadrants; do
  run "$s" "score-$s.json" score --format json --no-history
done

status=0
validate "$cache/sarif-schema-2.1.0.json" "$work"/*.sarif || status=1
# The validator is live: a level SARIF does not know must be rejected.
sed 's/"level": "error"/"level": "fatal"/' "$work/check-format-github.sarif" >"$work/bad-level.sarif.txt"
validate "$cache/sarif-schema-2.1.0.json" --invalid "$work/bad-level.sarif.txt" || status=1
validate "$src/docs/schema/check.schema.json" "$work"/check-*.json || status=1
validate "$src/docs/schema/score.schema.json" "$work"/score-*.json || status=1
validate "$src/docs/schema/baseline.schema.json" "$work/baseline-written.json" \
  "$src"/testdata/{baseline-accepts-known,baseline-stale-entry,format-markdown-baseline}/seams-baseline.json ||
  status=1

# 3. seams.yaml: the good ones, and the near-misses.
good=()
for f in "$src"/seams.yaml "$src"/testdata/*/seams.yaml "$src"/examples/*/seams.yaml \
         "$src"/tests/schema/config-corpus/valid/*.yaml; do
  case "$f" in
    */bad-config-*|*/score-bad-scoring-key/*) ;;
    *) good+=("$f") ;;
  esac
done
validate "$src/docs/schema/seams.schema.json" "${good[@]}" || status=1
validate "$src/docs/schema/seams.schema.json" --invalid \
  "$src/testdata/bad-config-unknown-key/seams.yaml" \
  "$src/testdata/score-bad-scoring-key/seams.yaml" "$src"/tests/schema/config-corpus/invalid/*.yaml ||
  status=1
exit $status
