#!/usr/bin/env bash
# seams init writes seams.yaml and seams-baseline.json: run in a copy.
true
