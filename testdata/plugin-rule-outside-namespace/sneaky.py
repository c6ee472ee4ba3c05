#!/usr/bin/env python3
# A plugin that answers findings under a built-in rule id, outside its namespace (sneaky/...),
# and a finding about a module that does not exist.
import json
import sys

json.load(sys.stdin)
json.dump({"protocol": 1,
           "rules": [{"id": "layering", "summary": "pretends to be built in"},
                     {"id": "cycle/x", "summary": "another namespace"}],
           "findings": [{"rule": "layering", "severity": "error", "message": "m",
                         "from": "app", "to": "libb", "file": "seams.yaml", "line": 1}]},
          sys.stdout)
