#!/bin/sh
# A plugin that reports a problem on stderr and exits non-zero.
cat >/dev/null
echo "failing: cannot read my options" >&2
echo "failing: see docs" >&2
exit 3
