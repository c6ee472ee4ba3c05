#!/usr/bin/env bash
# Installs the Debian 12 packages seams needs to build, test and run. Idempotent: packages that
# are already installed are skipped, and apt-get update runs only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build git
  clang-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev clang-tools-19 clang-format-19
  libboost-graph-dev nlohmann-json3-dev libfmt-dev catch2 libyaml-cpp-dev libcli11-dev
)
[ "${SEAMS_SETUP_EXTRA:-}" ] && read -r -a extra <<<"$SEAMS_SETUP_EXTRA" && packages+=("${extra[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "seams setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
