#!/usr/bin/env python3
"""module-budget: a seams plugin in Python, standard library only (docs/plugins.md).

Two budgets per module, from plugin_options in seams.yaml:

    plugin_options:
      module-budget:
        max_dependencies: 3         # fan-out: modules a module may use (default 5)
        max_public_headers: 10      # public headers per module (default: not checked)
        per_module:                 # overrides for some modules
          app: {max_dependencies: 6}
        severity: warning           # default: error

    app uses 7 modules (a, b, c, ...), more than its budget of 6
      -> seams.yaml:12:3: error [module-budget/fan-out]

Each finding points at the module's key in seams.yaml. Bad options are an error on
stderr and exit 2, which seams reports as the plugin's failure.
"""
import json
import os
import sys

PROTOCOL = 1
HEADER_EXTENSIONS = (".h", ".hh", ".hpp", ".hxx", ".h++", ".inc", ".ipp", ".tpp")
BUDGETS = ("max_dependencies", "max_public_headers")


def fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(2)


def whole_number(value, where):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        fail(f"{where} must be a whole number >= 0, not {json.dumps(value)}")
    return value


def read_options(options, module_names):
    if options is None:
        options = {}
    if not isinstance(options, dict):
        fail("options must be a map")
    known = BUDGETS + ("per_module", "severity")
    for key in options:
        if key not in known:
            fail(f"unknown option '{key}'; known: {', '.join(known)}")
    defaults = {"max_dependencies": 5, "max_public_headers": None}
    for key in BUDGETS:
        if key in options:
            defaults[key] = whole_number(options[key], key)
    per_module = options.get("per_module", {})
    if not isinstance(per_module, dict):
        fail("per_module must be a map of module names to budgets")
    for name, budgets in per_module.items():
        if name not in module_names:
            fail(f"per_module names unknown module '{name}'")
        if not isinstance(budgets, dict) or any(k not in BUDGETS for k in budgets):
            fail(f"per_module.{name} takes {' and '.join(BUDGETS)}")
        for key, value in budgets.items():
            whole_number(value, f"per_module.{name}.{key}")
    severity = options.get("severity", "error")
    if severity not in ("error", "warning"):
        fail(f"severity must be error or warning, not {json.dumps(severity)}")
    return defaults, per_module, severity


def listed(names, shown=5):
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f", and {more} more" if more > 0 else "")


def check(doc):
    if doc.get("protocol") != PROTOCOL:
        fail(f"seams speaks protocol {doc.get('protocol')}; this plugin speaks {PROTOCOL}")
    modules = {m["name"]: m for m in doc["modules"]}
    defaults, per_module, severity = read_options(doc.get("options"), modules)

    def budget(name, key):
        return per_module.get(name, {}).get(key, defaults[key])

    uses = {name: [] for name in modules}
    for edge in doc["edges"]:
        uses[edge["from"]].append(edge["to"])
    public_headers = {name: [] for name in modules}
    for f in doc["files"]:
        if f["module"] and f["public"] and f["path"].endswith(HEADER_EXTENSIONS):
            public_headers[f["module"]].append(f["path"])

    findings = []
    for name in sorted(modules):
        at = modules[name]["declared_at"]
        where = {"file": at["file"], "line": at["line"], "column": at["column"]}
        limit = budget(name, "max_dependencies")
        used = sorted(uses[name])
        if limit is not None and len(used) > limit:
            findings.append(dict(rule="fan-out", severity=severity, modules=[name], **where,
                                 message=f"{name} uses {len(used)} modules ({listed(used)}), "
                                         f"more than its budget of {limit}"))
        limit = budget(name, "max_public_headers")
        headers = sorted(public_headers[name])
        if limit is not None and len(headers) > limit:
            findings.append(dict(rule="public-headers", severity=severity, modules=[name],
                                 **where,
                                 message=f"{name} has {len(headers)} public headers "
                                         f"({listed(headers, 3)}), more than its budget "
                                         f"of {limit}"))
    return {
        "protocol": PROTOCOL,
        "rules": [
            {"id": "fan-out",
             "summary": "A module uses more modules than its budget (max_dependencies).",
             "help": "Cut a dependency, merge modules that always change together, or raise "
                     "the module's budget in plugin_options.module-budget.per_module."},
            {"id": "public-headers",
             "summary": "A module exposes more public headers than its budget "
                        "(max_public_headers).",
             "help": "Narrow the module's public: globs to the headers other modules need."},
        ],
        "findings": findings,
    }


def main():
    try:
        doc = json.load(sys.stdin)
    except ValueError as e:
        fail(f"cannot read the input document: {e}")
    json.dump(check(doc), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
