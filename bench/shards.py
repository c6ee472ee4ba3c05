#!/usr/bin/env python3
"""What sharded indexing costs and gives (issue: sharded indexing).

Usage:
  bench/shards.py index --project DIR -p BUILD_DIR [--config SEAMS_YAML] [--shards 2,8]
                        [--merge-files 2,8,64] [-j 2] [--seams build/cli/seams]
  bench/shards.py synthetic-merge --tus 50000 [--files 64] [--seams build/cli/seams]

`index`: one cold `seams index` over the whole compile DB, then for each N of --shards the N
shards one after another (cold, --no-cache), then `seams merge` of them. Prints per N: the total
CPU time (user+sys of seams and its parser processes) against the single run (the overhead of
sharding), the shard imbalance (max/mean shard CPU), the critical path (the longest shard's wall
time + the merge's) against the single run's wall time, the same path in CPU time (what holds
on a busy machine), and the merge's wall time, CPU time and peak memory; and checks that the merged facts file is byte-identical to the single run's. For each
count of --merge-files it also times merging that many shard files.

`synthetic-merge`: writes --files facts files that together hold a synthetic codebase of --tus
TUs (each TU a .cpp with its own header, including a few shared headers, each file with uses of
the others, as a generator of facts, not of code), merges them with `seams merge`, and prints
the merge's wall time, peak memory and the merged file's size.

Runs in a scratch directory; never writes into the project.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time


def run(cmd, cwd=None):
    """(wall seconds, cpu seconds of the process tree, peak RSS KiB, exit code)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {code}:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code


def index(args):
    seams = os.path.realpath(args.seams)
    common = ["-p", os.path.realpath(args.p), "--no-cache", "-j", str(args.j)]
    if args.config:
        common += ["--config", os.path.realpath(args.config)]
    scratch = tempfile.mkdtemp(prefix="seams-shards-")
    try:
        one = os.path.join(scratch, "one.facts")
        wall1, cpu1, rss1, _ = run([seams, "index", *common, "-o", one], cwd=args.project)
        size = os.path.getsize(one)
        print(f"single run: wall {wall1:.1f} s, CPU {cpu1:.1f} s, peak RSS {rss1 / 1024:.0f} MiB, "
              f"facts {size / 1e6:.2f} MB")
        print(f"{'N':>3} {'CPU total':>10} {'x single':>9} {'imbalance':>10} {'critical path':>14} "
              f"{'x single':>9} {'crit. CPU':>10} {'x single':>9} {'merge wall':>11} "
              f"{'merge CPU':>10} {'merge RSS':>10} identical")
        counts = sorted(set(args.shards) | set(args.merge_files))
        for n in counts:
            parts, walls, cpus = [], [], []
            for k in range(1, n + 1):
                part = os.path.join(scratch, f"s{k}-of-{n}.facts")
                w, c, _, _ = run([seams, "index", *common, "--shard", f"{k}/{n}", "-o", part],
                                 cwd=args.project)
                parts.append(part)
                walls.append(w)
                cpus.append(c)
            merged = os.path.join(scratch, f"merged-{n}.facts")
            mw, mcpu, mrss, _ = run([seams, "merge", "-o", merged, *parts])
            with open(merged, "rb") as a, open(one, "rb") as b:
                same = a.read() == b.read()
            mean = sum(cpus) / n
            crit = max(walls) + mw
            # On a busy machine wall time says little: the same path in CPU time.
            crit_cpu = max(cpus) + mcpu
            print(f"{n:>3} {sum(cpus):>9.1f}s {sum(cpus) / cpu1:>8.2f}x {max(cpus) / mean:>9.2f}x "
                  f"{crit:>13.1f}s {crit / wall1:>8.2f}x {crit_cpu:>9.1f}s {crit_cpu / cpu1:>8.2f}x "
                  f"{mw:>10.2f}s {mcpu:>9.2f}s {mrss / 1024:>8.0f}MiB {'yes' if same else 'NO'}")
            if not same:
                sys.exit("the merged facts differ from the single run's")
    finally:
        shutil.rmtree(scratch)


def synthetic_merge(args):
    """Facts files in the format of docs/design.md#facts-files, written directly."""
    rng = random.Random(1)
    seams = os.path.realpath(args.seams)
    version = subprocess.run([seams, "--version"], capture_output=True, text=True).stdout.split()[-1]
    # The libclang line must match between inputs only; seams merge does not compare it with
    # its own.
    scratch = tempfile.mkdtemp(prefix="seams-synthetic-merge-")
    try:
        shared = [f"src/common/h{i}.h" for i in range(200)]
        files = []
        for f in range(args.files):
            lo, hi = f * args.tus // args.files, (f + 1) * args.tus // args.files
            strings = set(shared)
            tus, uses, decls, read = [], [], [], set()
            for t in range(lo, hi):
                m = t % 500
                cpp, h = f"src/m{m}/f{t}.cpp", f"src/m{m}/f{t}.h"
                strings |= {cpp, h, f"m{m}::f{t}", f"c:@N@m{m}@F@f{t}#", f"m{m}::f{t}::run"}
                tus.append((cpp, f"{rng.getrandbits(64):016x}"))
                read |= {cpp, h}
                decls.append((f"c:@N@m{m}@F@f{t}#", h, 1, 0))
                for u in range(40):
                    target = rng.choice(shared)
                    k = rng.randrange(200)
                    sym, usr = f"common::s{k}", f"c:@N@common@S@s{k}"
                    strings |= {target, sym, usr}
                    read.add(target)
                    uses.append((cpp, 10 + u, 5, 1, sym, usr, target, f"m{m}::f{t}::run"))
                    decls.append((usr, target, 0, 1))
            table = sorted(strings | {""})
            ids = {s: i for i, s in enumerate(table)}
            out = [f"seams-facts 1", f"seams {version}", "libclang synthetic", "level symbols",
                   "parts 1", f"{f + 1} {args.files} {args.tus}",
                   f"strings {len(table)}", *table]
            rows = sorted((ids[c], k) for c, k in tus)
            out += [f"tus {len(rows)}", *[f"{i} {k}" for i, k in rows], "excluded 0", "failures 0"]
            frows = sorted(ids[x] for x in read)
            out += [f"files {len(frows)}", *map(str, frows), "include_dirs 0"]
            urows = sorted(set((ids[a], b, c, d, ids[e], ids[g], ids[h], ids[i])
                               for a, b, c, d, e, g, h, i in uses))
            out += [f"uses {len(urows)}", *[" ".join(map(str, r)) for r in urows]]
            drows = sorted(set((ids[a], ids[b], c, d) for a, b, c, d in decls))
            out += [f"decls {len(drows)}", *[" ".join(map(str, r)) for r in drows]]
            out += ["external_uses 0", "classes 0", "header_failures 0", "header_search_dirs 0"]
            out += [f"header_{s} 0" for s in
                    ("files", "include_dirs", "uses", "decls", "external_uses", "classes")]
            out.append("end")
            path = os.path.join(scratch, f"part{f}.facts")
            with open(path, "w") as fh:
                fh.write("\n".join(out) + "\n")
            files.append(path)
        total_in = sum(os.path.getsize(p) for p in files)
        merged = os.path.join(scratch, "all.facts")
        wall, cpu, rss, _ = run([seams, "merge", "-o", merged, *files])
        print(f"synthetic merge of {args.tus} TUs in {args.files} files "
              f"({total_in / 1e6:.1f} MB in): wall {wall:.2f} s, CPU {cpu:.2f} s, "
              f"peak RSS {rss / 1024:.0f} MiB, merged file {os.path.getsize(merged) / 1e6:.1f} MB")
    finally:
        shutil.rmtree(scratch)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    ix = sub.add_parser("index")
    ix.add_argument("--project", required=True)
    ix.add_argument("-p", required=True)
    ix.add_argument("--config")
    ix.add_argument("--shards", default="2,8", type=lambda s: [int(x) for x in s.split(",")])
    ix.add_argument("--merge-files", default="", type=lambda s: [int(x) for x in s.split(",") if x])
    ix.add_argument("-j", type=int, default=2)
    ix.add_argument("--seams", default="build/cli/seams")
    sm = sub.add_parser("synthetic-merge")
    sm.add_argument("--tus", type=int, default=50000)
    sm.add_argument("--files", type=int, default=64)
    sm.add_argument("--seams", default="build/cli/seams")
    args = ap.parse_args()
    index(args) if args.what == "index" else synthetic_merge(args)


if __name__ == "__main__":
    main()
