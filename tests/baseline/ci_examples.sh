#!/usr/bin/env bash
# The CI snippets of docs/examples/ do what docs/ci.md says, on a copy of
# testdata/baseline-ratchet:
#   - seams-check.cmake: the seams-check target fails on violations and passes once they are
#     in the baseline; seams-baseline prunes fixed ones;
#   - pre-commit: refuses a commit that adds a violation, accepts one that does not;
#   - the YAML examples (GitHub Actions, GitLab CI, pre-commit framework) parse;
#   - the sharded workflows (github-actions-shards.yml, gitlab-ci-shards.yml): their seams
#     steps, run as the CI would run them (each matrix shard, then merge and check), give on
#     examples/monolith the findings of one `seams check -p`.
#   ci_examples.sh SEAMS_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
seams=$(realpath "$1")
src=$(realpath "$2")
rm -rf "$3"
mkdir -p "$3"
work=$(realpath "$3")
examples="$src/docs/examples"
unset GITHUB_ACTIONS
fail() { echo "ci.examples: $*" >&2; exit 1; }

proj="$work/proj"
cp -r "$src/testdata/baseline-ratchet" "$proj"
cd "$proj"
mkdir cmake
cp "$examples/seams-check.cmake" cmake/
sed -i 's|^project(.*|&\ninclude(cmake/seams-check.cmake)|' CMakeLists.txt
cmake -S . -B build -G Ninja -DSEAMS_EXECUTABLE="$seams" >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; fail "configure failed"; }

echo "== seams-check.cmake"
if cmake --build build --target seams-check >"$work/target.log" 2>&1; then
  cat "$work/target.log"
  fail "seams-check passed on a project with violations"
fi
grep -qF "[private-access]" "$work/target.log" || { cat "$work/target.log"; fail "no findings shown"; }
"$seams" baseline -p build 2>/dev/null
cmake --build build --target seams-check >"$work/target.log" 2>&1 ||
  { cat "$work/target.log"; fail "seams-check failed with every violation in the baseline"; }
sed -i 's/return billing::rounding();/return 2;/' src/orders/checkout.cpp
if cmake --build build --target seams-check >"$work/target.log" 2>&1; then
  fail "seams-check passed with a stale baseline entry"
fi
cmake --build build --target seams-baseline >"$work/target.log" 2>&1 ||
  { cat "$work/target.log"; fail "seams-baseline failed"; }
grep -qF "1 removed" "$work/target.log" || { cat "$work/target.log"; fail "nothing pruned"; }
cmake --build build --target seams-check >/dev/null 2>&1 || fail "seams-check failed after the update"

echo "== pre-commit"
git() { command git -c user.email=t@example.com -c user.name=t -c commit.gpgsign=false "$@"; }
git init -q .
echo "build/" >.gitignore
git add -A
git commit -q -m base
cp "$examples/pre-commit" .git/hooks/pre-commit
export SEAMS="$seams"
cat >>src/orders/checkout.cpp <<'CPP'
#include "../billing/detail.h"
int more() { return billing::rounding(); }
CPP
git add src/orders/checkout.cpp
if git commit -q -m "a new violation" >"$work/hook.log" 2>&1; then
  fail "the hook let a new violation through"
fi
grep -qF "uses billing::rounding" "$work/hook.log" || { cat "$work/hook.log"; fail "hook output lacks the violation"; }
git reset -q --hard
echo "// a comment" >>src/core/audit.cpp
git add src/core/audit.cpp
# audit.cpp is on the accepted billing <-> core cycle: the baseline keeps it quiet.
git commit -q -m "an unrelated edit" >"$work/hook.log" 2>&1 || { cat "$work/hook.log"; fail "the hook refused a clean commit"; }

echo "== YAML examples parse"
for f in github-actions.yml gitlab-ci.yml pre-commit-config.yaml github-actions-shards.yml \
  gitlab-ci-shards.yml; do
  python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$examples/$f" ||
    fail "$f does not parse"
done
echo "== sharded workflows on examples/monolith"
mono="$work/monolith"
cp -r "$src/examples/monolith" "$mono"
cd "$mono"
cmake -S . -B build -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
mkdir -p "$work/bin" && ln -sf "$seams" "$work/bin/seams"
export PATH="$work/bin:$PATH"
seams check -p build --no-cache >"$work/one-run.txt" 2>/dev/null || [ $? -eq 1 ]
# The `run:` of each step that calls seams, the matrix and CI variables filled in as the CI does.
python3 - "$examples/github-actions-shards.yml" "$examples/gitlab-ci-shards.yml" \
  >"$work/steps.sh" <<'PY'
import sys, yaml
gh, gl = (yaml.safe_load(open(p)) for p in sys.argv[1:3])
def seams_lines(text):
    return [l for l in text.splitlines() if l.strip().startswith("seams ")]
shards = gh["jobs"]["index"]["strategy"]["matrix"]["shard"]
print("rm -f shard-*.facts all.facts")
for k in shards:
    for step in gh["jobs"]["index"]["steps"]:
        for line in seams_lines(step.get("run", "")):
            print(line.replace("${{ matrix.shard }}", str(k))
                      .replace("${{ strategy.job-total }}", str(len(shards))))
for step in gh["jobs"]["check"]["steps"]:
    for line in seams_lines(step.get("run", "")):
        print(line + " >gh-check.out 2>/dev/null || [ $? -eq 1 ]"
              if line.startswith("seams check --facts all.facts") and "sarif" not in line else line)
print("mv all.facts gh-all.facts; rm -f shard-*.facts")
n = gl["seams-index"]["parallel"]
for k in range(1, n + 1):
    for line in gl["seams-index"]["script"]:
        if line.startswith("seams "):
            print(line.replace("$CI_NODE_INDEX", str(k)).replace("$CI_NODE_TOTAL", str(n)))
for line in gl["seams-check"]["script"]:
    if line.startswith("seams "):
        print(line + " >gl-check.out 2>/dev/null || [ $? -eq 1 ]" if line == "seams check --facts all.facts" else line)
PY
grep -q -- "--shard 4/4" "$work/steps.sh" || { cat "$work/steps.sh"; fail "the GitHub matrix was not expanded"; }
bash -e "$work/steps.sh" >"$work/steps.log" 2>&1 || { cat "$work/steps.sh" "$work/steps.log"; fail "the sharded workflow steps failed"; }
cmp -s gh-all.facts all.facts || fail "the GitHub and GitLab workflows merged different facts"
for out in gh-check.out gl-check.out; do
  diff -u "$work/one-run.txt" "$out" || fail "$out: the sharded check differs from one run"
done
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["runs"][0]["results"]' seams.sarif ||
  fail "the sharded workflow's SARIF has no results"
grep -q "<testcase" seams-junit.xml || fail "the sharded GitLab job wrote no JUnit cases"

echo "ci.examples: all passed"
