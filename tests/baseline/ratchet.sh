#!/usr/bin/env bash
# The baseline ratchet end to end, on a copy of testdata/baseline-ratchet that it edits:
#   baseline written -> check passes -> a new violation fails naming only it -> the fix of an
#   accepted violation is a stale entry -> --update prunes it; plus line moves, --update not
#   adding, --allow-additions, check never writing the baseline, a truncated file, and
#   --changed-since on a git repository.
#
#   ratchet.sh SEAMS_BINARY SCENARIO_DIR WORK_DIR
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 SEAMS_BINARY SCENARIO_DIR WORK_DIR" >&2
  exit 2
fi
seams=$(realpath "$1")
src=$(realpath "$2")
rm -rf "$3"
mkdir -p "$3"
work=$(realpath "$3")
proj="$work/proj"
cp -r "$src" "$proj"
cd "$proj"
cmake -S . -B "$work/build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; exit 1; }
unset GITHUB_ACTIONS

step=""
fail() {
  echo "baseline.ratchet: step '$step': $*" >&2
  echo "--- stdout" >&2
  cat "$work/out" >&2
  echo "--- stderr" >&2
  cat "$work/err" >&2
  exit 1
}
# run WANT_EXIT seams ARGS...: runs seams from the project; output in $work/out and $work/err.
run() {
  local want=$1
  shift
  set +e
  "$seams" "$@" -p "$work/build" >"$work/out" 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" = "$want" ] || fail "'seams $*' exited $rc, expected $want"
}
has() { grep -qF -- "$2" "$work/$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$work/$1" || fail "$1 has: $2"; }
baseline_has() { grep -qF -- "$1" seams-baseline.json || fail "seams-baseline.json lacks: $1"; }
baseline_lacks() { ! grep -qF -- "$1" seams-baseline.json || fail "seams-baseline.json has: $1"; }

step="write the baseline"
run 0 baseline
has err "wrote seams-baseline.json: 4 entries, 4 violations"
baseline_has '"symbol": "billing::rounding"'
baseline_has '"modules": ['
baseline_lacks '"line"'
cp seams-baseline.json "$work/accepted.json"

step="a second plain 'seams baseline' refuses to overwrite"
run 2 baseline
has err "seams-baseline.json: the baseline exists; 'seams baseline --update'"

step="check passes"
run 0 check --baseline seams-baseline.json
has out "seams: no findings"
has err "baseline seams-baseline.json: 0 new, 4 accepted, 0 stale entries"

step="line moves change nothing"
{ echo "// moved"; echo "// down"; cat src/orders/checkout.cpp; } >"$work/moved.cpp"
cp "$work/moved.cpp" src/orders/checkout.cpp
run 0 check --baseline seams-baseline.json
cp "$src/src/orders/checkout.cpp" src/orders/checkout.cpp

step="a new violation fails, naming only it"
cat >src/billing/tax.h <<'CPP'
#pragma once
namespace billing {
inline int tax() { return 1; }
}  // namespace billing
CPP
cat >>src/orders/checkout.cpp <<'CPP'
#include "../billing/tax.h"
namespace orders {
int taxed() { return billing::tax(); }
}  // namespace orders
CPP
run 1 check --baseline seams-baseline.json
has out 'src/orders/checkout.cpp:6:1: error: orders uses private files of billing: includes "../billing/tax.h" [private-access]'
has out "src/orders/checkout.cpp:8:31: error: orders uses private files of billing: uses billing::tax (src/billing/tax.h) [private-access]"
lacks out "billing::rounding"
lacks out "detail.h"
lacks out "cycle"
[ "$(grep -c ': error: ' "$work/out")" = 2 ] || fail "expected exactly 2 error lines"
has err "2 new, 4 accepted, 0 stale entries"
cmp -s seams-baseline.json "$work/accepted.json" || fail "check wrote the baseline"

step="the same in the CI formats"
run 1 check --baseline seams-baseline.json --format github
[ "$(wc -l <"$work/out")" = 2 ] || fail "expected 2 annotations"
has out "::error file=src/orders/checkout.cpp,line=8,col=31,title=private-access (orders -> billing)::"
run 1 check --baseline seams-baseline.json --format markdown
has out "| orders → billing | \`private-access\` | 2 | 0 | 2 |"

step="--update does not add the new violation"
run 0 baseline --update
has err "note: 2 new violations were not added"
cmp -s seams-baseline.json "$work/accepted.json" || fail "--update changed the baseline"

step="fixing an accepted violation leaves a stale entry"
cp "$src/src/orders/checkout.cpp" src/orders/checkout.cpp
sed -i 's/return billing::rounding();/return 2;/' src/orders/checkout.cpp
run 1 check --baseline seams-baseline.json
has out "seams: no findings"
has err "seams: error: seams-baseline.json:23: stale entry: private-access: orders -> billing: src/orders/checkout.cpp uses billing::rounding (accepted 1, found 0)"
has err "lock the fix in with 'seams baseline --update'"
run 0 check --baseline seams-baseline.json --allow-stale
has err "seams: warning: seams-baseline.json:23: stale entry"

step="--update prunes the stale entry"
run 0 baseline --update
has err "wrote seams-baseline.json: 3 entries, 3 violations (1 removed, 0 lowered, 0 added, 0 raised)"
baseline_lacks "billing::rounding"
run 0 check --baseline seams-baseline.json
has err "0 new, 3 accepted, 0 stale entries"

step="--allow-additions accepts new violations"
cat >>src/orders/checkout.cpp <<'CPP'
#include "../billing/tax.h"
namespace orders {
int taxed() { return billing::tax() + billing::tax(); }
}  // namespace orders
CPP
run 0 baseline --update --allow-additions
has err "(0 removed, 0 lowered, 2 added, 0 raised)"
baseline_has '"symbol": "billing::tax"'
grep -A2 '"symbol": "billing::tax"' seams-baseline.json | grep -qF '"count": 2' ||
  fail "two uses of billing::tax should count 2"
run 0 check --baseline seams-baseline.json

step="--output writes elsewhere, atomically"
run 0 baseline --output "$work/other.json"
[ -f "$work/other.json" ] || fail "no $work/other.json"
! ls "$work"/other.json.tmp.* >/dev/null 2>&1 || fail "a temporary file was left"

step="a truncated baseline is exit 2 with file:line"
head -c 200 seams-baseline.json >"$work/truncated.json"
run 2 check --baseline "$work/truncated.json"
has err "seams: error: $work/truncated.json:"
has err "malformed baseline"
run 2 baseline --update --output "$work/missing.json"
has err "no baseline to update; create it with 'seams baseline'"

step="--changed-since reports what the change touched"
git init -q .
git -c user.email=t@example.com -c user.name=t -c commit.gpgsign=false add -A
git -c user.email=t@example.com -c user.name=t -c commit.gpgsign=false commit -q -m base
run 0 check --changed-since HEAD
has out "seams: no findings"
sed -i 's|// namespace core|// namespace core\n#include "../orders/checkout_api.h"|' src/core/audit.cpp
echo '#pragma once' >src/orders/checkout_api.h
run 1 check --changed-since HEAD
has out "== core -> orders =="
has out "src/core/audit.cpp:5:1: error:"
lacks out "billing::tax"
run 2 check --changed-since no-such-ref
has err "--changed-since: unknown revision 'no-such-ref'"

echo "baseline.ratchet: all steps passed"
