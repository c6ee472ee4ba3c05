#!/bin/sh
# A plugin that writes far more than an answer can be.
cat >/dev/null
head -c 100000000 /dev/zero
