#!/usr/bin/env python3
"""What policies cost a warm `seams check` (issue: 50 policies must add < 5%).

Usage:
  bench/policies.py --project DIR -p BUILD_DIR --config SEAMS_YAML [--policies 50]
                    [--repeat 10] [--seams build/cli/seams]

Writes two configs next to a scratch copy of SEAMS_YAML's directory layout (never into the
project): the config as given, and the same config plus N generated policies of every kind
(forbid over symbol and macro globs, only over modules, forbid over externals with a named
library and the unnamed rest). Warms the fact cache once, then times `seams check` with each
config REPEAT times, alternating, as the CPU time (user+sys) of the seams process, and prints
the medians and the ratio. The exit codes of check (1 = findings) are expected; 2 fails.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def policies(n, modules):
    out = ["externals:", "  bench-stdlib: {namespaces: [std]}", "policies:"]
    for i in range(n):
        kind = i % 4
        m = modules[i % len(modules)]
        if kind == 0:
            out += [f"  bench-forbid-symbol-{i}:", "    kind: forbid",
                    f"    to: [\"symbol:bench_{i}::*\", \"symbol:*Legacy{i}*\"]",
                    "    message: m"]
        elif kind == 1:
            out += [f"  bench-forbid-macro-{i}:", "    kind: forbid", f"    from: [\"!{m}\"]",
                    f"    to: [\"macro:BENCH_{i}_*\"]", "    message: m"]
        elif kind == 2:
            out += [f"  bench-only-{i}:", "    kind: only", f"    from: [{m}]",
                    f"    to: [\"path:bench/{i}/**\"]", "    message: m"]
        else:
            out += [f"  bench-external-{i}:", "    kind: forbid", f"    from: [\"!{m}\"]",
                    f"    to: [\"symbol:rand{i}\", \"external:bench-stdlib\"]",
                    f"    uses: [macro]", "    message: m"]
    return "\n".join(out) + "\n"


def cpu_of(cmd, cwd):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {code}: {proc.stderr.read().decode()}")
    return usage.ru_utime + usage.ru_stime, time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True)
    ap.add_argument("-p", dest="build", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--policies", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--seams", default="build/cli/seams")
    a = ap.parse_args()
    seams = os.path.abspath(a.seams)
    base = open(a.config).read()
    modules = []
    in_modules = False
    for line in base.splitlines():
        if line.startswith("modules:"):
            in_modules = True
        elif in_modules and line and not line.startswith(" ") and not line.startswith("#"):
            in_modules = False
        elif in_modules and line.startswith("  ") and not line.startswith("   ") and ":" in line:
            modules.append(line.strip().split(":")[0])
    scratch = tempfile.mkdtemp(prefix="seams-policies-")
    try:
        plain = os.path.join(a.project, ".seams-bench-plain.yaml")
        many = os.path.join(a.project, ".seams-bench-policies.yaml")
        with open(plain, "w") as f:
            f.write(base)
        with open(many, "w") as f:
            f.write(base + policies(a.policies, modules))
        common = [seams, "check", "-p", os.path.abspath(a.build), "--cache-dir", scratch]
        for cfg in (plain, many):  # warm the cache (the config is no part of its key)
            cpu_of(common + ["--config", cfg], a.project)
        times = {plain: [], many: []}
        for _ in range(a.repeat):
            for cfg in (plain, many):
                times[cfg].append(cpu_of(common + ["--config", cfg], a.project)[0])
        p, m = statistics.median(times[plain]), statistics.median(times[many])
        print(f"warm check, median CPU of {a.repeat} runs: {len(modules)} modules")
        print(f"  without policies: {p:.3f} s")
        print(f"  with {a.policies} policies:  {m:.3f} s  ({(m / p - 1) * 100:+.1f}%)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for f in (plain, many):
            if os.path.exists(f):
                os.remove(f)


if __name__ == "__main__":
    main()
