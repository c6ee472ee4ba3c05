#!/usr/bin/env python3
"""How good `seams suggest` is (issue: init and suggest), measured with MoJoFM against
decompositions it was not built from.

Usage:
  bench/suggest/evaluate.py --project DIR -p BUILD_DIR --truth cmake|config
                            [--config SEAMS_YAML] [--seams build/cli/seams]
                            [--old-commit REV --configure-cmd '...']

--truth cmake:  each file's module is the library target whose sources list it (CMake's File
                API, queried in BUILD_DIR); files of no library are left out.
--truth config: each file's module is its owner under --config (a seams.yaml), by `seams which`.

For each signal set (uses, co-change, both, and all three with owners where the config names
them) and each granularity (folders; --split-folders,
where files of one stem are the nodes and folder names play no part in the clustering), it runs
`seams suggest --format json` and prints MoJoFM(suggestion -> truth) over the files both
place (owners only where the truth is not a seams.yaml that also names them: else they leak
the answer), next to the naive baselines "one module per top-level folder" and "one per depth-2
folder" (MoJoFM of each against the truth). Stability: MoJoFM between seeds 1 and 2, and, with
--old-commit, between the suggestion at HEAD and at that commit (a git worktree of the project,
configured with --configure-cmd, '{src}' and '{build}' replaced), over the files both have.

MoJoFM is computed here independently of seams' C++ implementation (Wen and Tzerpos' exact
algorithm: a maximum bipartite matching by augmenting paths), so the two check each other.
Runs in a scratch directory; writes nothing into the project.
"""
import argparse
import collections
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile


def mojo(a, b):
    """mno(A, B) for dicts object -> cluster over the same objects."""
    tags = collections.defaultdict(collections.Counter)
    for obj, ca in a.items():
        tags[ca][b[obj]] += 1
    moves = 0
    edges = {}
    for ca, counter in tags.items():
        best = max(counter.values())
        moves += sum(counter.values()) - best
        edges[ca] = sorted(cb for cb, n in counter.items() if n == best)
    match = {}  # cluster of B -> cluster of A

    def augment(ca, seen):
        for cb in edges[ca]:
            if cb in seen:
                continue
            seen.add(cb)
            if cb not in match or augment(match[cb], seen):
                match[cb] = ca
                return True
        return False

    groups = sum(1 for ca in sorted(edges) if augment(ca, set()))
    return moves + len(tags) - groups


def mojofm(a, b):
    objs = sorted(set(a) & set(b))
    a = {o: a[o] for o in objs}
    b = {o: b[o] for o in objs}
    if len(objs) < 2:
        return 100.0
    sizes = sorted(collections.Counter(b.values()).values())
    g = 0
    for n in sizes:
        if g < n:
            g += 1
    worst = len(objs) - g
    return 100.0 if worst == 0 else (1 - mojo(a, b) / worst) * 100


def truth_from_cmake(build):
    query = os.path.join(build, ".cmake/api/v1/query/client-seams-bench")
    os.makedirs(query, exist_ok=True)
    open(os.path.join(query, "codemodel-v2"), "w").close()
    subprocess.run(["cmake", build], check=True, stdout=subprocess.DEVNULL)
    reply = os.path.join(build, ".cmake/api/v1/reply")
    index = sorted(glob.glob(os.path.join(reply, "index-*.json")))[-1]
    model_file = json.load(open(index))["reply"]["client-seams-bench"]["codemodel-v2"]["jsonFile"]
    model = json.load(open(os.path.join(reply, model_file)))
    source = model["paths"]["source"]
    out = {}
    for t in sorted(model["configurations"][0]["targets"], key=lambda t: t["name"]):
        target = json.load(open(os.path.join(reply, t["jsonFile"])))
        if not target["type"].endswith("LIBRARY"):
            continue
        for s in target.get("sources", []):
            if s.get("isGenerated"):
                continue
            path = os.path.relpath(os.path.join(source, s["path"]), source)
            out.setdefault(path, target["name"])
    return out


def truth_from_config(seams, project, config, files):
    out = {}
    res = subprocess.run([seams, "which", "--config", config, *files], cwd=project,
                         capture_output=True, text=True)
    for line in res.stdout.splitlines():
        if ": module '" in line:
            path, rest = line.split(": module '", 1)
            out[path] = rest.split("'", 1)[0]
    return out


def suggest(seams, project, build, extra, scratch, name):
    draft = os.path.join(scratch, name + ".yaml")
    res = subprocess.run([seams, "suggest", "-p", build, "--format", "json", "-o", draft, *extra],
                         cwd=project, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"seams suggest {' '.join(extra)} exited {res.returncode}:\n{res.stderr}")
    doc = json.loads(res.stdout)
    files = {}
    for node in doc["nodes"]:
        for f in node["files"]:
            files[f] = node["module"]
    return doc, files


def by_folder(files, depth):
    return {f: "/".join(f.split("/")[:depth]) if f.count("/") >= depth else "."
            for f in files}


def compare_with_truth(args, seams, project, build, scratch):
    runs = {}
    for split in (False, True):
        for signals in ("uses", "co-change", "uses,co-change", "uses,co-change,owners"):
            extra = ["--signals", signals] + (["--split-folders"] if split else [])
            name = f"{'stems' if split else 'folders'}-{signals}"
            runs[name] = suggest(seams, project, build, extra, scratch, name)
    files = sorted(runs["folders-uses,co-change"][1])
    if args.truth == "cmake":
        truth = truth_from_cmake(build)
    else:
        truth = truth_from_config(seams, project, os.path.realpath(args.config), files)
    placed = [f for f in files if f in truth]
    print(f"objects: {len(placed)} files placed by both the suggestion and the truth "
          f"({len(set(truth.values()))} modules in the truth)")
    print(f"{'decomposition':<40} {'modules':>7} {'MoJoFM vs truth':>16}")
    for name, (doc, f2m) in runs.items():
        sub = {f: f2m[f] for f in placed}
        print(f"{'suggest ' + name:<40} {len(set(sub.values())):>7} "
              f"{mojofm(sub, truth):>15.1f}%")
    for r in args.resolutions.split(","):
        for split in (False, True):
            extra = ["--resolution", r, "--signals", "uses,co-change"] + (
                ["--split-folders"] if split else [])
            _, f2m = suggest(seams, project, build, extra, scratch, "r")
            sub = {f: f2m[f] for f in placed}
            label = f"suggest {'stems' if split else 'folders'} resolution {r}"
            print(f"{label:<40} {len(set(sub.values())):>7} {mojofm(sub, truth):>15.1f}%")
    for depth, label in ((1, "baseline: top-level folder"), (2, "baseline: depth-2 folder")):
        sub = by_folder(placed, depth)
        print(f"{label:<40} {len(set(sub.values())):>7} {mojofm(sub, truth):>15.1f}%")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--project", required=True)
    ap.add_argument("-p", required=True)
    ap.add_argument("--truth", choices=["cmake", "config"], required=True)
    ap.add_argument("--config")
    ap.add_argument("--seams", default="build/cli/seams")
    ap.add_argument("--resolutions", default="2,4,8",
                    help="further resolutions to compare (all signals)")
    ap.add_argument("--stability-signals", default="uses,co-change",
                    help="the signals of the stability runs")
    ap.add_argument("--only-stability", action="store_true",
                    help="skip the comparison with the truth")
    ap.add_argument("--old-commit")
    ap.add_argument("--configure-cmd")
    args = ap.parse_args()
    seams = os.path.realpath(args.seams)
    project = os.path.realpath(args.project)
    build = os.path.realpath(args.p)
    scratch = tempfile.mkdtemp(prefix="seams-suggest-bench-")
    try:
        if not args.only_stability:
            compare_with_truth(args, seams, project, build, scratch)
        # Stability.
        base = ["--signals", args.stability_signals]  # owners may come from the truth itself
        _, seed1 = suggest(seams, project, build, base, scratch, "seed1")
        _, seed2 = suggest(seams, project, build, ["--seed", "2", *base], scratch, "seed2")
        print(f"stability: seed 1 vs seed 2: MoJoFM {mojofm(seed2, seed1):.1f}%")
        _, s1 = suggest(seams, project, build, ["--split-folders", *base], scratch,
                        "seed1-stems")
        _, s2 = suggest(seams, project, build, ["--seed", "2", "--split-folders", *base],
                        scratch, "seed2-stems")
        print(f"stability (stems): seed 1 vs seed 2: MoJoFM {mojofm(s2, s1):.1f}%")
        if args.old_commit:
            old_src = os.path.join(scratch, "old")
            old_build = os.path.join(scratch, "old-build")
            subprocess.run(["git", "-C", project, "worktree", "add", "--detach", old_src,
                            args.old_commit], check=True, capture_output=True)
            try:
                cmd = args.configure_cmd.replace("{src}", old_src).replace("{build}", old_build)
                subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL)
                for split in (False, True):
                    extra = base + (["--split-folders"] if split else [])
                    _, old = suggest(seams, old_src, old_build, extra, scratch,
                                     "old" + ("-stems" if split else ""))
                    now = s1 if split else seed1
                    common = sorted(set(old) & set(now))
                    print(f"stability ({'stems' if split else 'folders'}): HEAD vs "
                          f"{args.old_commit}: MoJoFM "
                          f"{mojofm({f: now[f] for f in common}, {f: old[f] for f in common}):.1f}% "
                          f"over {len(common)} files")
            finally:
                subprocess.run(["git", "-C", project, "worktree", "remove", "--force", old_src],
                               capture_output=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
