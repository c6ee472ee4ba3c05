#!/usr/bin/env bash
# Runs in a copy (suggest writes seams.suggested.yaml there), a git repository without
# commits, so no history of the checkout around it leaks in.
set -euo pipefail
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git init -q --initial-branch=main
