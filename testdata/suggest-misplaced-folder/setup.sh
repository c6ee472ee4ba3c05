#!/usr/bin/env bash
# seams suggest writes seams.suggested.yaml at the root, so the scenario runs in a copy; this
# gives the copy a git history with fixed dates: scheduling and util/time change together.
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
commit 2024-01-10 src/scheduling/scheduler.cpp src/util/time/clock.cpp
commit 2024-02-01 src/scheduling/queue.h src/util/time/timer.h
commit 2024-03-01 src/net/http.cpp src/net/socket.cpp
commit 2024-04-01 src/storage/store.cpp src/storage/log.cpp
