#!/usr/bin/env bash
# Formats seams' own C++ sources with clang-format-19 (--check: fail on any difference instead).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(-i)
[ "${1:-}" = "--check" ] && mode=(--dry-run -Werror)
# Every C++ file of seams itself; testdata/ and examples/ are inputs, formatted as users write.
git ls-files -- '*.cpp' '*.h' ':!:testdata/**' ':!:examples/**' | xargs clang-format-19 "${mode[@]}"
