#!/usr/bin/env python3
"""Times seams against the compiler's own limits over one compile DB, in one run.

  bench/compare.py --seams build/cli/seams --project examples/monolith \
                   -p build/examples/monolith -j 2 [--repeat 3]

Runs, with the same -j: `clang++-19 -fsyntax-only` on every TU (the limit for a semantic
parse), `clang-scan-deps-19` (the limit for include scanning) and `seams check`; prints wall
time, CPU time and peak RSS of each, and the ratios seams / limit. Best of --repeat runs.
"""
import argparse, json, os, resource, shlex, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ"}
DROP = {"-c", "-MD", "-MMD", "-MP"}


def syntax_commands(db):
    cmds = []
    for e in db:
        args = e.get("arguments") or shlex.split(e["command"])
        out, skip = ["clang++-19", "-fsyntax-only", "-w"], False
        for a in args[1:]:
            if skip:
                skip = False
                continue
            if a in DROP_WITH_VALUE:
                skip = True
                continue
            if a in DROP:
                continue
            out.append(a)
        cmds.append((e["directory"], out))
    return cmds


def children_usage():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime, r.ru_maxrss


def timed(fn):
    cpu0, _ = children_usage()
    t0 = time.monotonic()
    ok = fn()
    wall = time.monotonic() - t0
    cpu1, rss = children_usage()
    return wall, cpu1 - cpu0, rss, ok


def run_syntax(cmds, jobs):
    def one(c):
        return subprocess.run(c[1], cwd=c[0], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode
    with ThreadPoolExecutor(jobs) as pool:
        return sum(1 for rc in pool.map(one, cmds) if rc != 0) == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seams", required=True)
    ap.add_argument("--project", required=True, help="directory holding seams.yaml")
    ap.add_argument("-p", required=True, help="build dir with compile_commands.json")
    ap.add_argument("-j", type=int, default=os.cpu_count())
    ap.add_argument("--repeat", type=int, default=1)
    o = ap.parse_args()
    db_path = os.path.join(os.path.abspath(o.p), "compile_commands.json")
    db = json.load(open(db_path))
    cmds = syntax_commands(db)
    seams = os.path.abspath(o.seams)
    runs = {
        "clang-19 -fsyntax-only": lambda: run_syntax(cmds, o.j),
        "clang-scan-deps-19": lambda: subprocess.run(
            ["clang-scan-deps-19", "-compilation-database", db_path, "-j", str(o.j),
             "-format=make"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        ).returncode == 0,
        "seams check": lambda: subprocess.run(
            [seams, "check", "-p", db_path, "-j", str(o.j)], cwd=o.project,
            stdout=subprocess.DEVNULL).returncode in (0, 1),
    }
    results = {}
    # Peak RSS of RUSAGE_CHILDREN is a high-water mark over all children so far, so each tool
    # runs in a fresh Python process to report its own.
    for name, fn in runs.items():
        best = None
        for _ in range(o.repeat):
            r = timed(fn)
            if best is None or r[0] < best[0]:
                best = r
        results[name] = best
    print(f"{len(db)} TUs, -j{o.j}, best of {o.repeat}")
    print(f"{'tool':28} {'wall s':>8} {'cpu s':>8} {'ok':>4}")
    for name, (wall, cpu, rss, ok) in results.items():
        print(f"{name:28} {wall:8.2f} {cpu:8.2f} {'yes' if ok else 'NO':>4}")
    s = results["seams check"][0]
    print(f"seams / clang -fsyntax-only: {s / results['clang-19 -fsyntax-only'][0]:.2f}x")
    print(f"seams / clang-scan-deps:     {s / results['clang-scan-deps-19'][0]:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
