#!/usr/bin/env bash
# Creates this scenario's git history at test time: fixed dates and identity, no user config.
set -euo pipefail
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=seams GIT_AUTHOR_EMAIL=seams@example.com
export GIT_COMMITTER_NAME=seams GIT_COMMITTER_EMAIL=seams@example.com
commit() {  # commit DATE FILE... : append a line to each file and commit at DATE (UTC noon)
  local date=$1
  shift
  for f in "$@"; do echo "// $date" >>"$f"; done
  git add -A
  GIT_AUTHOR_DATE="${date}T12:00:00Z" GIT_COMMITTER_DATE="${date}T12:00:00Z" \
    git commit -q -m "change of $date"
}
git init -q
commit 2023-01-01 src/api/api.cpp  # older than 180 days before the newest commit: ignored
commit 2024-01-10 src/api/api.cpp src/store/store.cpp src/report/report.cpp
commit 2024-02-01 src/store/store.cpp src/report/report.cpp
commit 2024-03-01 src/store/store.cpp src/report/report.cpp
commit 2024-04-01 src/store/store.cpp src/report/report.cpp
commit 2024-05-01 src/api/api.cpp
commit 2024-06-01 src/store/store.h
