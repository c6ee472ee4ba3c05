#!/bin/sh
# A plugin that dies of a signal after reading its input.
cat >/dev/null
echo "about to crash" >&2
kill -SEGV $$
