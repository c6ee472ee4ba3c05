#!/bin/sh
# A plugin whose answer is not JSON: a stray debug line before the document.
cat >/dev/null
printf '{"protocol": 1,\n "rules": [],\n "findings": [] debug: done\n}\n'
