#!/usr/bin/env python3
"""Benchmark seams against the limits set by clang itself, over one compile DB, same -j.

Usage:
  bench/run.py --sizes 100,1000 [-j 2] [--repeat 1] [--templates] [--write-docs]
  bench/run.py --project DIR -p BUILD_DIR [--name NAME] [--config F] [-j 2] [--write-docs]
  bench/run.py --sizes 100,1000,5000 --project ~/src/abseil-cpp -p ~/src/abseil-cpp/build \
               --write-docs            # everything docs/performance.md needs, in one run

For each compile DB, runs (every tool in its own child process, measured with os.wait4, so
wall time, CPU time = user+sys of the process and its children, and peak RSS are per tool):

  clang -fsyntax-only     clang++-19 -fsyntax-only -w on every TU, -j at a time: the limit
                          for a semantic parse (peak RSS = the largest single clang process;
                          at -jN up to N of them run at once)
  clang-scan-deps         clang-scan-deps-19 -format=make -j N: the limit for include scanning
  seams cold              seams check -j N --cache-dir FRESH_DIR (parses every TU, writes the
                          cache)
  seams warm              the same command again: nothing changed, everything from the cache
  seams --level includes  seams check --level includes --no-cache; "n/a" when
                          `seams check --help` does not list --level

and prints a table per compile DB, the ratios seams / limit (cold / syntax-only, warm / cold,
includes / scan-deps, against the targets in docs/performance.md), and with several --sizes a scaling
table (time and peak RSS vs TUs). Before the timed runs, clang-scan-deps runs once untimed to
warm the page cache.

--sizes generates synthetic codebases with bench/gen_synthetic.py (N TUs each) into
--scratch (default /tmp/seams-bench; never inside the repo), configures them with CMake and
reuses them on the next run when the generator parameters are the same. For them, seams's
findings are checked against the deliberate violations the generator planted, and the warm
output against the cold one. --project runs on an existing codebase (its seams.yaml, or
--config, and its compile DB, -p).

--write-docs writes the results to docs/performance.md (or --docs): each run replaces only
its own blocks (between <!-- bench:KEY begin/end --> markers: one for the synthetic sizes,
one per project) with the machine description (nproc, CPU model, RAM, Debian, kernel, clang
version, seams commit, load average); everything else in the file, such as a hand-written
"## Notes" section, is kept. --json FILE saves the raw measurements.

Python 3 standard library only.
"""
import argparse
import datetime
import json
import os
import platform
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repo
import gen_synthetic  # noqa: E402

TOOLS = ["syntax", "scan-deps", "cold", "warm", "includes"]
LABELS = {"syntax": "clang -fsyntax-only", "scan-deps": "clang-scan-deps -format=make",
          "cold": "seams check, cold", "warm": "seams check, warm",
          "includes": "seams check --level includes"}
# (numerator, denominator, target as a ratio of wall times, label)
RATIOS = [("cold", "syntax", 0.7, "seams cold / clang -fsyntax-only"),
          ("warm", "cold", 0.03, "seams warm / seams cold"),
          ("includes", "scan-deps", 2.0, "seams includes / clang-scan-deps")]

# Compile-DB hygiene for the clang -fsyntax-only reference (the same as seams's own list in
# analyzer/compile_db.cpp, so both see the same command lines).
DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ", "-MJ", "--serialize-diagnostics"}
DROP_ALONE = {"-c", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG", "-S", "-E", "-save-temps",
              "-fpch-preprocess", "-Winvalid-pch", "-pipe"}
GCC_ONLY = {"-fconcepts", "-fno-gnu-unique", "-fmodules-ts", "-fext-numeric-literals",
            "-fipa-pta", "-fno-lifetime-dse", "-mno-direct-extern-access", "-fanalyzer",
            "-fno-canonical-system-headers", "-fcompare-debug-second", "-fcoroutines",
            "-flto-partition=none", "-fno-allow-store-data-races", "-fconserve-stack",
            "-fno-var-tracking-assignments", "-fno-tree-loop-distribute-patterns"}
GCC_ONLY_PREFIXES = ("-fconcepts-diagnostics-depth=", "-fdeps-format=", "-fdeps-file=",
                     "-fdeps-target=", "-fmodule-mapper=", "-fabi-version=", "-fplugin-arg-",
                     "--param=", "-flto-partition=")


# ------------------------------------------------------------------------------ running

def measure(cmd, cwd=None, out=None, err=None):
    """Runs cmd in its own child; returns wall, cpu (user+sys incl. its children), rss_mb."""
    fo = open(out, "wb") if out else subprocess.DEVNULL
    fe = open(err, "wb") if err else subprocess.DEVNULL
    try:
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=fo, stderr=fe)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        for f in (fo, fe):
            if f is not subprocess.DEVNULL:
                f.close()
    # ru_maxrss (KiB on Linux) of wait4 is the larger of the child's own peak and the peaks of
    # the descendants it waited for: one process's peak, not a sum.
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "user": ru.ru_utime,
            "sys": ru.ru_stime, "rss_mb": ru.ru_maxrss / 1024.0, "rc": p.returncode}


def syntax_commands(db, clang):
    cmds = []
    for e in db:
        args = e.get("arguments") or shlex.split(e["command"])
        out, skip = [clang, "-fsyntax-only", "-w"], False
        for a in args[1:]:
            if skip:
                skip = False
            elif a in DROP_WITH_VALUE:
                skip = True
            elif a in DROP_ALONE or a in GCC_ONLY or a.startswith(GCC_ONLY_PREFIXES):
                continue
            elif any(a.startswith(f) and len(a) > len(f) for f in ("-o", "-MF", "-MT", "-MQ")):
                continue
            else:
                out.append(a)
        cmds.append({"dir": e["directory"], "args": out, "file": e["file"]})
    return cmds


def internal_syntax_only(path, jobs, report):
    """Child process of the syntax-only measurement: every TU, `jobs` at a time."""
    cmds = json.load(open(path))

    def one(c):
        r = subprocess.run(c["args"], cwd=c["dir"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        return c["file"], r.returncode, r.stderr[:4000].decode(errors="replace")

    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(one, cmds))
    failed = [(f, msg) for f, rc, msg in results if rc != 0]
    json.dump({"tus": len(cmds), "failed": len(failed), "failures": failed[:20]},
              open(report, "w"))
    return 0


def seams_help(seams):
    r = subprocess.run([seams, "check", "--help"], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    return r.stdout


def tail(path, n=15):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-n:])
    except OSError:
        return ""


def load_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def bench_one(o, label, project, build, config, scratch, expected=None):
    """Measures every tool over one compile DB; returns a result dict."""
    db_path = build if build.endswith(".json") else os.path.join(build, "compile_commands.json")
    db = json.load(open(db_path))
    os.makedirs(scratch, exist_ok=True)
    help_text = seams_help(o.seams)
    has_level = "--level" in help_text
    has_no_cache = "--no-cache" in help_text
    has_profile = "--profile" in help_text
    cfg = ["--config", config] if config else []
    common = [o.seams, "check", "-p", db_path, "-j", str(o.j)] + cfg
    common += ["--profile"] if has_profile else []
    notes = []
    res = {"label": label, "project": project, "compile_db": db_path, "tus": len(db),
           "jobs": o.j, "repeat": o.repeat, "tools": {}, "notes": notes}

    cmds_file = os.path.join(scratch, "syntax-commands.json")
    json.dump(syntax_commands(db, o.clang), open(cmds_file, "w"))
    syntax_report = os.path.join(scratch, "syntax-report.json")
    scan_cmd = [o.scan_deps, "-compilation-database", db_path, "-j", str(o.j), "-format=make"]
    cache = os.path.join(scratch, "seams-cache")

    def out(name, i):
        return os.path.join(scratch, f"{name}.{i}.out"), os.path.join(scratch, f"{name}.{i}.err")

    if not o.no_warmup:
        subprocess.run(scan_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    tools = [t for t in TOOLS if t in o.tools]
    runs = {t: [] for t in tools}
    for i in range(o.repeat):
        for t in tools:
            stdout, stderr = out(t, i)
            if t == "syntax":
                cmd = [sys.executable, os.path.abspath(__file__), "--internal-syntax-only",
                       cmds_file, "-j", str(o.j), "--internal-report", syntax_report]
                m = measure(cmd, out=stdout, err=stderr)
                rep = load_json(syntax_report) or {}
                m["failed"] = rep.get("failed")
                m["failures"] = rep.get("failures", [])
                m["ok"] = m["rc"] == 0 and rep.get("failed") == 0
            elif t == "scan-deps":
                m = measure(scan_cmd, out=stdout, err=stderr)
                m["ok"] = m["rc"] == 0
            elif t in ("cold", "warm"):
                if t == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
                elif "cold" not in tools:
                    notes.append("warm run without a cold run before it: the cache may be "
                                 "empty or stale")
                m = measure(common + ["--cache-dir", cache, "--format", "json", "-o", stdout],
                            cwd=project, err=stderr)
                m["ok"] = m["rc"] in (0, 1)
            elif t == "includes":
                if not has_level:
                    runs[t].append({"na": True, "ok": True})
                    print(f"  [{label}] {LABELS[t]:32} n/a (seams check --help has no --level)",
                          flush=True)
                    continue
                cmd = common + ["--level", "includes", "--format", "json", "-o", stdout]
                cmd += ["--no-cache"] if has_no_cache else []
                m = measure(cmd, cwd=project, err=stderr)
                m["ok"] = m["rc"] in (0, 1)
            m["stdout"], m["stderr"] = stdout, stderr
            runs[t].append(m)
            show = "n/a" if m.get("na") else (
                f"{m['wall']:.2f} s wall, {m['cpu']:.2f} s CPU, {m['rss_mb']:.0f} MB"
                f"{'' if m['ok'] else ', FAILED (exit ' + str(m['rc']) + ')'}")
            print(f"  [{label}] {LABELS[t]:32} {show}", flush=True)
    for t in tools:
        best = min(runs[t], key=lambda m: m.get("wall", 0))
        if t in ("cold", "warm", "includes") and not best.get("na"):
            best["phases"] = read_phases(best["stderr"])
        res["tools"][t] = best

    # Sanity checks: failures, parse failures, expected findings, warm == cold.
    tr = res["tools"]
    if "syntax" in tr and tr["syntax"].get("failed"):
        notes.append(f"clang -fsyntax-only failed on {tr['syntax']['failed']} of {len(db)} TUs; "
                     f"first: {tr['syntax']['failures'][0][0]}")
    for t in ("scan-deps", "cold", "warm", "includes"):
        m = tr.get(t)
        if m and not m.get("na") and not m["ok"]:
            notes.append(f"{LABELS[t]} exited with {m['rc']}: {tail(m['stderr'], 5).strip()}")
    cold = load_json(tr["cold"]["stdout"]) if "cold" in tr and tr["cold"]["ok"] else None
    if cold:
        s = cold.get("summary", {})
        res["seams_summary"] = s
        pf = cold.get("parse_failures") or []
        if s.get("parse_failures") or pf:
            first = pf[0] if pf else {}
            notes.append(f"seams: {s.get('parse_failures', len(pf))} parse failures (clang "
                         f"-fsyntax-only: {tr.get('syntax', {}).get('failed', '?')}); first: "
                         f"{json.dumps(first)[:300]}")
        analyzed = s.get("translation_units")
        if analyzed is not None and analyzed + s.get("excluded_files", 0) < len(db):
            notes.append(f"seams analyzed {analyzed} TUs of the {len(db)} in the compile DB "
                         f"({s.get('excluded_files', 0)} excluded)")
        if expected is not None:
            res["violations_found"], missing, extra = check_expected(cold, expected)
            res["violations_expected"] = len(expected)
            for e in missing:
                notes.append(f"seams missed the planted violation {json.dumps(e)}")
            for f in extra:
                notes.append(f"seams reported a finding not planted: {f}")
    if cold and "warm" in tr and tr["warm"]["ok"]:
        with open(tr["cold"]["stdout"], "rb") as a, open(tr["warm"]["stdout"], "rb") as b:
            if a.read() != b.read():
                notes.append("the warm run's JSON output differs from the cold run's")
    if "includes" in tr and not tr["includes"].get("na") and tr["includes"]["ok"] and expected:
        inc = load_json(tr["includes"]["stdout"])
        if inc:
            found, _, extra = check_expected(inc, expected)
            res["includes_violations_found"] = found
            res["violations_expected"] = len(expected)
            for f in extra:
                notes.append(f"--level includes reported a finding not planted: {f}")
    return res


PHASE_RE = None


def read_phases(stderr_path):
    """The `seams: phase NAME ...` lines that --profile prints, as dicts."""
    import re
    global PHASE_RE
    PHASE_RE = PHASE_RE or re.compile(
        r"^seams: phase (\S+)\s+([\d.]+) s wall,\s+([\d.]+) s CPU in seams,\s+([\d.]+) s CPU "
        r"in workers; peak RSS\s+(\d+) MB$")
    phases = []
    try:
        for line in open(stderr_path, errors="replace"):
            m = PHASE_RE.match(line.rstrip("\n"))
            if m:
                phases.append({"phase": m[1], "wall": float(m[2]), "self_cpu": float(m[3]),
                               "workers_cpu": float(m[4]), "rss_mb": int(m[5])})
    except OSError:
        pass
    return phases


def phase_table(res):
    """Where each seams run spent its time (from --profile)."""
    cols = [t for t in ("cold", "warm", "includes")
            if res["tools"].get(t, {}).get("phases")]
    if not cols:
        return []
    lines = ["Where the time goes (`seams check --profile`: wall s / CPU s in the main process / "
             "CPU s in parser workers / peak RSS MB of the main process at the phase's end):",
             "", "| phase | " + " | ".join(LABELS[t] for t in cols) + " |",
             "|---|" + "---:|" * len(cols)]
    names = [p["phase"] for p in res["tools"][cols[0]]["phases"]]
    for name in names:
        cells = []
        for t in cols:
            p = next((p for p in res["tools"][t]["phases"] if p["phase"] == name), None)
            cells.append("" if not p else
                         f"{p['wall']:.2f} / {p['self_cpu']:.2f} / {p['workers_cpu']:.2f} / "
                         f"{p['rss_mb']}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def check_expected(report, expected):
    findings = report.get("findings", [])
    found, missing = 0, []
    matched = set()
    for e in expected:
        hit = None
        for i, f in enumerate(findings):
            if f.get("rule") != e["rule"]:
                continue
            if e["rule"] == "cycle":
                if set(e["modules"]) <= set(f.get("modules", [])):
                    hit = i
            elif f.get("from") == e["from"] and f.get("to") == e["to"]:
                hit = i
            if hit is not None:
                break
        if hit is None:
            missing.append(e)
        else:
            found += 1
            matched.add(hit)
    extra = [f"{f.get('rule')} {f.get('from')} -> {f.get('to')}"
             for i, f in enumerate(findings) if i not in matched]
    return found, missing, extra


# ------------------------------------------------------------------------------ machine

def first_line(cmd):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        return r.stdout.splitlines()[0].strip() if r.stdout else "?"
    except OSError:
        return "?"


def machine(o):
    info = {}
    info["nproc"] = len(os.sched_getaffinity(0))
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["cpu"] = cpu
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                info["ram_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    distro = "?"
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                distro = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    try:
        distro += f" ({open('/etc/debian_version').read().strip()})"
    except OSError:
        pass
    info["os"] = distro
    info["kernel"] = platform.release()
    info["clang"] = first_line([o.clang, "--version"])
    info["scan_deps"] = o.scan_deps
    # The build dir of the binary says its build type and source tree; the commit is that
    # tree's (unless --seams-commit says otherwise, e.g. for a `git archive` export).
    bt, src = "?", REPO
    cache = os.path.join(os.path.dirname(os.path.dirname(o.seams)), "CMakeCache.txt")
    try:
        for line in open(cache):
            if line.startswith("CMAKE_BUILD_TYPE:"):
                bt = line.split("=", 1)[1].strip() or "(none)"
            elif line.startswith("CMAKE_HOME_DIRECTORY:"):
                src = line.split("=", 1)[1].strip()
    except OSError:
        pass
    info["seams_build_type"] = bt
    info["seams_binary"] = o.seams
    if o.seams_commit:
        info["seams_commit"] = o.seams_commit
    else:
        commit = first_line(["git", "-C", src, "rev-parse", "HEAD"])
        dirty = subprocess.run(["git", "--no-optional-locks", "-C", src, "status",
                                "--porcelain", "--untracked-files=no"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True).stdout.strip()
        info["seams_commit"] = ("unknown (not a git tree; pass --seams-commit)" if commit == "?"
                                else commit + (" + uncommitted changes" if dirty else ""))
    info["load_start"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    info["date"] = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    return info


# ------------------------------------------------------------------------------ reporting

def fmt_s(m, key):
    if m is None:
        return "–"
    if m.get("na"):
        return "n/a"
    return f"{m[key]:.2f}"


def ratio(res, a, b, key):
    ma, mb = res["tools"].get(a), res["tools"].get(b)
    if not ma or not mb or ma.get("na") or mb.get("na") or not mb.get(key):
        return None
    return ma[key] / mb[key]


def tool_table(res):
    n = res["tus"]
    rows = ["| tool | wall s | CPU s | CPU ms / TU | peak RSS MB | ok |",
            "|---|---:|---:|---:|---:|---|"]
    for t in TOOLS:
        m = res["tools"].get(t)
        if m is None:
            continue
        if m.get("na"):
            rows.append(f"| {LABELS[t]} | n/a | n/a | n/a | n/a | not in this seams |")
            continue
        ok = "yes" if m["ok"] else f"**no** (exit {m['rc']})"
        if t == "syntax" and m.get("failed"):
            ok = f"**{m['failed']} TUs failed**"
        rows.append(f"| {LABELS[t]} | {m['wall']:.2f} | {m['cpu']:.2f} | "
                    f"{1000 * m['cpu'] / max(n, 1):.0f} | {m['rss_mb']:.0f} | {ok} |")
    return rows


def fx(x):
    return f"{x:.3f}x" if x < 0.1 else f"{x:.2f}x"


def ratio_table(res):
    rows = ["| ratio | wall | CPU | peak RSS | target (wall) |", "|---|---:|---:|---:|---|"]
    for a, b, target, label in RATIOS:
        w, c, r = (ratio(res, a, b, k) for k in ("wall", "cpu", "rss_mb"))
        if a not in res["tools"] or b not in res["tools"]:
            continue
        if w is None:
            rows.append(f"| {label} | n/a | n/a | n/a | ≤ {target:g}x |")
            continue
        verdict = "met" if w <= target else "**not met**"
        rows.append(f"| {label} | {fx(w)} | {fx(c)} | {fx(r)} | ≤ {target:g}x: {verdict} |")
    return rows if len(rows) > 2 else []


def scaling_tables(results):
    if len(results) < 2:
        return []
    present = [t for t in TOOLS if any(t in r["tools"] for r in results)]
    head = "| TUs | " + " | ".join(LABELS[t] for t in present) + " |"
    sep = "|---:|" + "---:|" * len(present)

    def cell(r, t, key, digits):
        m = r["tools"].get(t)
        if m is None:
            return "–"
        if m.get("na"):
            return "n/a"
        return f"{m[key]:.{digits}f}"

    out = ["Wall time, s:", "", head, sep]
    out += [f"| {r['tus']} | " + " | ".join(cell(r, t, "wall", 2) for t in present) + " |"
            for r in results]
    out += ["", "CPU time per TU, ms:", "", head, sep]
    out += [f"| {r['tus']} | " + " | ".join(
        "n/a" if r["tools"].get(t, {}).get("na") else
        (f"{1000 * r['tools'][t]['cpu'] / r['tus']:.0f}" if t in r["tools"] else "–")
        for t in present) + " |" for r in results]
    out += ["", "Peak RSS, MB (clang -fsyntax-only: the largest single clang process):", "",
            head, sep]
    out += [f"| {r['tus']} | " + " | ".join(cell(r, t, "rss_mb", 0) for t in present) + " |"
            for r in results]
    a, b = results[0], results[-1]
    growth = []
    k = b["tus"] / a["tus"]
    for t in ("cold", "warm", "includes"):
        ma, mb = a["tools"].get(t), b["tools"].get(t)
        if ma and mb and not ma.get("na") and ma["cpu"] and ma["rss_mb"]:
            growth.append(f"{LABELS[t]}: CPU x{mb['cpu'] / ma['cpu']:.1f}, "
                          f"peak RSS x{mb['rss_mb'] / ma['rss_mb']:.1f}")
    if growth:
        out += ["", f"From {a['tus']} to {b['tus']} TUs (x{k:.0f}): " + "; ".join(growth) + "."]
    return out


def describe_codebase(res):
    meta = res.get("synthetic")
    if meta:
        p = meta["params"]
        shape = (f"{meta['translation_units']} TUs in {meta['modules']} modules, "
                 f"{meta['headers']} project headers, {meta['lines']} lines"
                 + (f" (a TU reads {meta['project_headers_per_tu'][0]} project headers on "
                    f"average, at most {meta['project_headers_per_tu'][1]})"
                    if meta.get("project_headers_per_tu") else "")
                 + f"; deps {p['deps']}, "
                 f"fan-out {p['fanout']}, header depth {p['depth']}, "
                 f"{'template-heavy, ' if p['templates'] else ''}"
                 f"{len(meta['expected_violations'])} planted violations, seed {p['seed']}")
        return shape
    extra = f" at commit {res['commit']}" if res.get("commit") else ""
    return f"{res['tus']} TUs{extra}"


def markdown_result(res):
    lines = [f"#### {res['label']}", "", describe_codebase(res) + ".", ""]
    lines += tool_table(res)
    if "syntax" in res["tools"]:
        lines += ["", f"Peak RSS of clang -fsyntax-only is the largest single clang process; "
                      f"at -j{res['jobs']} up to {res['jobs']} of them run at once. For seams it "
                      "is the largest of its processes (the main one or a parser worker); "
                      "clang-scan-deps is one process."]
    lines += [""] + ratio_table(res)
    phases = phase_table(res)
    if phases:
        lines += [""] + phases
    s = res.get("seams_summary")
    if s:
        lines += ["", f"seams: {s.get('translation_units')} TUs, {s.get('files')} files, "
                      f"{s.get('modules')} modules, {s.get('errors')} errors, "
                      f"{s.get('warnings')} warnings, {s.get('parse_failures')} parse failures."]
    found = []
    if "violations_found" in res:
        found.append(f"{res['violations_found']} by seams cold")
    if "includes_violations_found" in res:
        found.append(f"{res['includes_violations_found']} by --level includes")
    if found:
        lines.append(f"Planted violations found (of {res['violations_expected']}): "
                     + ", ".join(found) + ".")
    for n in res["notes"]:
        lines.append(f"- {n}")
    return lines


def machine_lines(info, o, argv):
    return [f"Measured {info['date']} with `bench/run.py {' '.join(shlex.quote(a) for a in argv)}`.",
            "",
            f"- machine: {info['nproc']} cores ({info['cpu']}), {info.get('ram_gib', '?')} GiB RAM, "
            f"{info['os']}, Linux {info['kernel']}; load average at start {info['load_start']}, "
            f"at end {info.get('load_end', '?')}",
            f"- clang: {info['clang']}; -j{o.j}; best of {o.repeat} run(s) by wall time",
            f"- seams: commit {info['seams_commit']}, {info['seams_build_type']} build"] + (
        [f"- **the machine was busy** (load average {info['load_start']} at start on "
         f"{info['nproc']} cores): wall times are inflated and noisy; the CPU columns and "
         "ratios hold up better"] if busy(info) else [])


def busy(info):
    # The 1-minute averages only: the 5- and 15-minute ones still remember a build that ended
    # before the run began. At the end, the benchmark's own -jN counts in the average.
    loads = [float(x.split()[0]) for x in (info["load_start"], info.get("load_end", "")) if x]
    return max(loads) > info["nproc"] * 1.25


def print_result(res):
    print()
    for line in markdown_result(res):
        print(line)


def write_docs(path, blocks):
    """Replaces the bench blocks in path (or adds them before '## Notes'); keeps the rest."""
    if os.path.exists(path):
        text = open(path).read()
    else:
        text = ("# Performance\n\n"
                "How long `seams check` takes against the limits clang itself sets, on the same\n"
                "compile DB with the same `-j` (targets: docs/performance.md). The tables are written by\n"
                "`bench/run.py --write-docs`, which rewrites only the blocks between\n"
                "`<!-- bench:... -->` markers; everything else in this file is kept.\n\n"
                "## How to reproduce\n\n"
                "```sh\n"
                "cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release "
                "-DSEAMS_BUILD_TESTS=OFF\n"
                "ninja -C build-bench seams\n"
                "bench/run.py --sizes 100,1000,5000 -j 2 --write-docs      "
                "# synthetic, into /tmp/seams-bench\n"
                "bench/run.py --project DIR -p DIR/build --name NAME -j 2 --write-docs\n"
                "```\n\n"
                "Each tool runs in its own child process; wall time, CPU time (user+sys, "
                "children included)\nand peak RSS come from `wait4`. Ratios are seams / the "
                "limit, per run, on one machine.\n\n"
                "## Notes\n\n_Hand-written: where the time goes, and the results against the "
                "targets._\n")
    for key, body in blocks:
        begin, end = f"<!-- bench:{key} begin -->", f"<!-- bench:{key} end -->"
        block = begin + "\n" + body.rstrip() + "\n" + end
        i, j = text.find(begin), text.find(end)
        if i >= 0 and j > i:
            text = text[:i] + block + text[j + len(end):]
            continue
        n = text.find("\n## Notes")
        if n >= 0:
            text = text[:n + 1] + block + "\n\n" + text[n + 1:]
        else:
            text = text.rstrip() + "\n\n" + block + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


# ------------------------------------------------------------------------------ main

def synthetic_codebase(o, tus):
    """Generates (or reuses) the synthetic codebase of `tus` TUs; returns (dir, meta)."""
    name = f"tus-{tus}" + ("-templates" if o.templates else "") + f"-seed{o.seed}"
    out = os.path.join(o.scratch, name)
    g = argparse.Namespace(out=out, tus=tus, modules=None, files=None, deps=o.deps,
                           fanout=o.fanout, depth=o.depth, layers=o.layers,
                           std_headers=o.std_headers, templates=o.templates,
                           violations=o.violations, seed=o.seed, force=False)
    meta = load_json(os.path.join(out, gen_synthetic.MARKER))
    want = {"tus": tus, "modules": min(tus, max(4, round((2 * tus) ** 0.5))), "deps": o.deps,
            "fanout": o.fanout, "depth": o.depth, "layers": o.layers,
            "std_headers": o.std_headers, "templates": o.templates,
            "violations": o.violations, "seed": o.seed}
    db = os.path.join(out, "build", "compile_commands.json")
    if (not o.regenerate and meta and meta.get("params") == want and os.path.exists(db)
            and meta.get("cxx") == o.cxx):
        print(f"reusing {out}", flush=True)
        return out, meta
    print(f"generating {tus} TUs into {out}", flush=True)
    meta = gen_synthetic.generate(g)
    gen_synthetic.configure(out, os.path.join(out, "build"), o.cxx)
    meta["cxx"] = o.cxx
    with open(os.path.join(out, gen_synthetic.MARKER), "w") as f:
        json.dump(meta, f, indent=2)
    return out, meta


def default_seams():
    for d in ("build-bench", "build"):
        p = os.path.join(REPO, d, "cli", "seams")
        if os.path.exists(p):
            return p
    return None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", help="comma-separated TU counts of synthetic codebases, "
                                    "e.g. 100,1000,5000")
    ap.add_argument("--project", help="an existing codebase: the directory seams runs in")
    ap.add_argument("-p", dest="build", help="with --project: its build dir or compile DB")
    ap.add_argument("--config", help="with --project: seams.yaml when not in --project")
    ap.add_argument("--name", help="with --project: the name in the tables (default: its "
                                   "directory name)")
    ap.add_argument("--seams", default=default_seams(),
                    help="seams binary (default: build-bench/cli/seams, else build/cli/seams)")
    ap.add_argument("--seams-commit", help="the commit the seams binary was built from, for "
                                           "the docs (default: git HEAD of its source tree)")
    ap.add_argument("--clang", default="clang++-19", help="compiler for the -fsyntax-only "
                                                          "reference (default clang++-19)")
    ap.add_argument("--scan-deps", default="clang-scan-deps-19")
    ap.add_argument("-j", type=int, default=len(os.sched_getaffinity(0)),
                    help="parallel jobs for every tool (default: all cores)")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs (default 1)")
    ap.add_argument("--tools", default=",".join(TOOLS),
                    help=f"subset to run (default {','.join(TOOLS)})")
    ap.add_argument("--no-warmup", action="store_true",
                    help="skip the untimed clang-scan-deps run that warms the page cache")
    ap.add_argument("--scratch", default=os.path.join(tempfile.gettempdir(), "seams-bench"),
                    help="where synthetic codebases and outputs go (default /tmp/seams-bench)")
    ap.add_argument("--regenerate", action="store_true",
                    help="regenerate synthetic codebases even when the parameters match")
    ap.add_argument("--cxx", default=None, help="CMAKE_CXX_COMPILER for the synthetic "
                                                "codebases (default: CMake's, i.e. g++)")
    ap.add_argument("--deps", type=int, default=3, help="generator: dependencies per module")
    ap.add_argument("--fanout", type=int, default=4, help="generator: dependency headers per .cpp")
    ap.add_argument("--depth", type=int, default=3, help="generator: header chain length")
    ap.add_argument("--layers", type=int, default=4, help="generator: layers")
    ap.add_argument("--std-headers", type=int, default=3,
                    help="generator: extra std headers per .cpp")
    ap.add_argument("--templates", action="store_true", help="generator: template-heavy code")
    ap.add_argument("--violations", type=int, default=4, help="generator: planted violations")
    ap.add_argument("--seed", type=int, default=1, help="generator: seed")
    ap.add_argument("--write-docs", action="store_true",
                    help="write the results into docs/performance.md (or --docs)")
    ap.add_argument("--docs", default=os.path.join(REPO, "docs", "performance.md"))
    ap.add_argument("--json", help="also save the raw measurements to this file")
    ap.add_argument("--internal-syntax-only", help=argparse.SUPPRESS)
    ap.add_argument("--internal-report", help=argparse.SUPPRESS)
    o = ap.parse_args(argv)

    if o.internal_syntax_only:
        return internal_syntax_only(o.internal_syntax_only, o.j, o.internal_report)
    if not o.sizes and not o.project:
        ap.error("give --sizes and/or --project")
    if o.project and not o.build:
        ap.error("--project needs -p BUILD_DIR")
    if not o.seams or not os.path.exists(o.seams):
        ap.error("no seams binary; build it (cmake -S . -B build-bench -G Ninja "
                 "-DCMAKE_BUILD_TYPE=Release -DSEAMS_BUILD_TESTS=OFF && ninja -C build-bench "
                 "seams) or pass --seams")
    o.seams = os.path.abspath(o.seams)
    o.tools = [t.strip() for t in o.tools.split(",")]
    bad = [t for t in o.tools if t not in TOOLS]
    if bad:
        ap.error(f"unknown tools {bad}; choose among {TOOLS}")
    o.scratch = os.path.abspath(o.scratch)
    if gen_synthetic.inside_repo(o.scratch):
        ap.error("--scratch must be outside the seams repository")
    for exe in (o.clang, o.scan_deps):
        if not shutil.which(exe):
            ap.error(f"{exe} not found")

    info = machine(o)
    print(f"seams {info['seams_commit']} ({o.seams}), -j{o.j}, {info['nproc']} cores, "
          f"load {info['load_start']}", flush=True)
    synthetic, projects = [], []
    if o.sizes:
        for tus in [int(s) for s in o.sizes.split(",") if s.strip()]:
            d, meta = synthetic_codebase(o, tus)
            label = f"synthetic, {meta['translation_units']} TUs" + (
                ", templates" if o.templates else "")
            res = bench_one(o, label, d, os.path.join(d, "build"), None,
                            os.path.join(o.scratch, "runs", os.path.basename(d)),
                            expected=meta["expected_violations"])
            res["synthetic"] = meta
            synthetic.append(res)
            print_result(res)
    if o.project:
        proj = os.path.abspath(o.project)
        name = o.name or os.path.basename(proj.rstrip("/"))
        commit = first_line(["git", "-C", proj, "rev-parse", "HEAD"])
        res = bench_one(o, name, proj, os.path.abspath(o.build),
                        os.path.abspath(o.config) if o.config else None,
                        os.path.join(o.scratch, "runs", "project-" + name))
        res["commit"] = commit if commit != "?" else None
        projects.append(res)
        print_result(res)
    info["load_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    if len(synthetic) > 1:
        print()
        print("Scaling (synthetic):")
        for line in scaling_tables(synthetic):
            print(line)
    if o.json:
        with open(o.json, "w") as f:
            json.dump({"machine": info, "synthetic": synthetic, "projects": projects}, f,
                      indent=2, default=str)
    if o.write_docs:
        blocks = []
        head = machine_lines(info, o, argv)
        if synthetic:
            key = "synthetic" + ("-templates" if o.templates else "")
            title = "## Synthetic codebases" + (" (template-heavy)" if o.templates else "")
            body = [title, "", *head, "",
                    "Generated by `bench/gen_synthetic.py` (see its `--help`); the code is not "
                    "committed.", ""]
            for r in synthetic:
                body += markdown_result(r) + [""]
            if len(synthetic) > 1:
                body += ["#### Scaling", ""] + scaling_tables(synthetic)
            blocks.append((key, "\n".join(body)))
        for r in projects:
            body = [f"## {r['label']}", "", *head, ""] + markdown_result(r)[2:]
            blocks.append(("project-" + r["label"], "\n".join(body)))
        write_docs(o.docs, blocks)
        print(f"\nwrote {o.docs}")
    failed = any(not m.get("ok", True) for r in synthetic + projects for m in r["tools"].values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
