#!/usr/bin/env bash
# The plugin protocol against its schemas (docs/plugins.md), with Debian's python3-jsonschema:
#   - a real input document (recorded by a plugin that saves its stdin, on examples/monolith)
#     against docs/schema/plugin-input.schema.json;
#   - the answers of both example plugins to it against plugin-output.schema.json, and a
#     near-miss answer that the schema must reject;
#   - check --format sarif and --format json with both plugins against the SARIF 2.1.0 schema
#     and check.schema.json, the plugins' rules listed in SARIF.
#   plugins.sh SEAMS_BINARY SOURCE_DIR PLUGIN_BIN_DIR WORK_DIR
set -euo pipefail
seams=$(realpath "$1")
src=$(realpath "$2")
plugin_bin=$(realpath "$3")
rm -rf "$4"
mkdir -p "$4"
work=$(realpath "$4")
unset GITHUB_ACTIONS
python=${SEAMS_PYTHON:-/usr/bin/python3}
validate() { "$python" "$src/tests/schema/validate.py" "$@"; }
team=$plugin_bin/team-ownership
budget=$src/plugins/examples/module-budget.py

# 1. A plugin that records what seams sends it.
cat >"$work/record.sh" <<'SH'
#!/bin/sh
cat >"$SEAMS_RECORD_TO"
printf '{"protocol": 1, "rules": [], "findings": []}\n'
SH
chmod +x "$work/record.sh"
monolith=$src/examples/monolith
cmake -S "$monolith" -B "$work/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cd "$monolith"
SEAMS_RECORD_TO=$work/input.json "$seams" check -p "$work/build" --no-cache \
  --plugin "$work/record.sh" >/dev/null || [ $? -eq 1 ]

# 2. The example plugins' answers to it: each must find something, so findings are validated.
(cd "$monolith" && "$team" <"$work/input.json" >"$work/answer-team-ownership.json")
(cd "$monolith" && "$budget" <"$work/input.json" >"$work/answer-module-budget.json")
for a in "$work"/answer-*.json; do
  "$python" -c 'import json, sys; sys.exit(0 if json.load(open(sys.argv[1]))["findings"] else 1)' \
    "$a" || { echo "error: $a has no findings"; exit 1; }
done
sed 's/"severity": *"error"/"severity": "fatal"/' "$work/answer-team-ownership.json" \
  >"$work/bad-severity.json.txt"
grep -q fatal "$work/bad-severity.json.txt"

# 3. check with both plugins, in the machine formats.
for format in sarif json; do
  "$seams" check -p "$work/build" --plugin "$team" --plugin "$budget" --format "$format" \
    >"$work/check.$format" || [ $? -eq 1 ]
done
grep -q '"id": "team-ownership/cross-team"' "$work/check.sarif"
grep -q '"ruleId": "module-budget/fan-out"' "$work/check.sarif"

status=0
validate "$src/docs/schema/plugin-input.schema.json" "$work/input.json" || status=1
validate "$src/docs/schema/plugin-output.schema.json" "$work"/answer-*.json || status=1
validate "$src/docs/schema/plugin-output.schema.json" --invalid "$work/bad-severity.json.txt" ||
  status=1
validate "$src/tests/schema/sarif-schema-2.1.0.json" "$work/check.sarif" || status=1
validate "$src/docs/schema/check.schema.json" "$work/check.json" || status=1
exit $status
