#!/usr/bin/env bash
# Formats seams' own C++ sources with clang-format-19 (--check: fail on any difference instead).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(-i)
[ "${1:-}" = "--check" ] && mode=(--dry-run -Werror)
git ls-files -- 'analyzer/*.cpp' 'analyzer/*.h' 'rules/*' 'reporters/*' 'cli/*' 'plugins/*' \
  'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp' 'fuzz/*.h' | grep -E '\.(cpp|h)$' | xargs clang-format-19 "${mode[@]}"
