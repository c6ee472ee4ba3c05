#!/usr/bin/env bash
# Validates what seams writes against published schemas, with Debian's python3-jsonschema
# (validate.py; python3-yaml reads seams.yaml, python3-rfc3987 checks uri formats):
#   - check --format sarif against the official SARIF 2.1.0 schema;
#   - check --format json, score --format json and seams-baseline.json against docs/schema/;
#   - every good seams.yaml of testdata/ and examples/ (and ours) against
#     docs/schema/seams.schema.json, and its near-misses (the unknown-key and bad-scoring
#     scenarios) must be rejected;
#   - the config corpus, tests/schema/config-corpus/{valid,invalid}/: the schema must judge
#     each file as its directory says, as seams' loader must (tests/config/config_corpus_test.cpp).
# sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 JSON schema, the file package/sarif-2.1.0.json
# of the npm package @microsoft/sarif-multitool-linux@5.7.0 (Debian does not ship it), committed
# byte for byte; its sha256 is checked below. Nothing is installed or fetched here: the
# packages come from scripts/test.sh, and no $ref may leave the schemas.
#   run.sh SEAMS_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
seams=$(realpath "$1")
src=$(realpath "$2")
rm -rf "$3"
mkdir -p "$3"
work=$(realpath "$3")
unset GITHUB_ACTIONS

# 1. The validator (Debian's python3, not one earlier in PATH: the modules are Debian's) and the
# official SARIF schema.
python=${SEAMS_PYTHON:-/usr/bin/python3}
"$python" -c 'import jsonschema, yaml, rfc3987' 2>/dev/null || {
  echo "error: $python with python3-jsonschema, python3-yaml and python3-rfc3987 is needed" \
    "(scripts/test.sh installs them)"
  exit 1
}
sarif_schema=$src/tests/schema/sarif-schema-2.1.0.json
sarif_sha=1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c
echo "$sarif_sha  $sarif_schema" | sha256sum -c --quiet ||
  { echo "error: $sarif_schema is not the pinned SARIF 2.1.0 schema"; exit 1; }
validate() { "$python" "$src/tests/schema/validate.py" "$@"; }

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
         clean-project policy-only-forbid-except graph-externals; do
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
validate "$sarif_schema" "$work"/*.sarif || status=1
# The validator is live: a level SARIF does not know must be rejected.
sed 's/"level": "error"/"level": "fatal"/' "$work/check-format-github.sarif" >"$work/bad-level.sarif.txt"
validate "$sarif_schema" --invalid "$work/bad-level.sarif.txt" || status=1
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
    */bad-config-*|*/*-bad-scoring-key/*) ;;
    *) good+=("$f") ;;
  esac
done
validate "$src/docs/schema/seams.schema.json" "${good[@]}" || status=1
validate "$src/docs/schema/seams.schema.json" --invalid \
  "$src/testdata/bad-config-unknown-key/seams.yaml" \
  "$src"/testdata/*-bad-scoring-key/seams.yaml "$src"/tests/schema/config-corpus/invalid/*.yaml ||
  status=1
exit $status
