#!/bin/sh
# A plugin that never answers (its child keeps stdout open too).
sleep 60 &
sleep 60
