#!/usr/bin/env python3
"""Statistics over `seams check --format json` output (standard library only).

  stats.py summary CHECK.json                      counts by rule and evidence kind, ...
  stats.py sample CHECK.json PROJECT_DIR N SEED    N random evidence lines for hand checking
  stats.py diff BEFORE.json AFTER.json PROJECT_DIR N SEED
                                                   evidence that disappeared / appeared
An evidence line is one use (file, line, column, kind, symbol, target) of one module pair;
a use that breaks several rules is one line that names all of them (as the text output does).
"""
import collections
import json
import random
import sys

KINDS = ["include", "symbol", "macro", "declaration"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def uses(doc):
    """{key: {"rules": set, "from":, "to":, evidence fields}} over error/warning findings."""
    out = {}
    for f in doc.get("findings", []):
        if f["rule"] in ("cycle",):
            continue  # a cycle's evidence is a chain of uses already counted on their edges
        for e in f.get("evidence", []):
            key = (e["file"], e["line"], e["column"], e["kind"], e.get("symbol", ""),
                   e.get("target", ""), f["from"], f["to"])
            u = out.setdefault(key, {"rules": set(), "from": f["from"], "to": f["to"], **e})
            u["rules"].add(f["rule"])
    return out


def summary(path):
    doc = load(path)
    s = doc.get("summary", {})
    findings = doc.get("findings", [])
    print("summary:", json.dumps(s, sort_keys=True))
    cov = s.get("coverage")
    if cov is None:
        print("coverage: n/a (no summary.coverage)")
    else:
        print(f"coverage: {cov.get('analyzed_files')} of {cov.get('owned_files')} owned files analyzed")
    na = doc.get("not_analyzed")
    if na is not None:
        # The reason's class is its text before the first ':' ("not self-contained: FILE:L:C:
        # error: ..." -> "not self-contained"); two examples per class.
        by_reason = collections.defaultdict(list)
        for x in na:
            by_reason[x.get("reason", "").split(":", 1)[0]].append(x)
        print(f"not analyzed: {len(na)}" + ("" if na else " (none)"))
        for reason, xs in sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {len(xs):5}  {reason}")
            for x in xs[:2]:
                print(f"         e.g. {x.get('file')}: {x.get('reason', '')[:150]}")
    by_rule = collections.Counter((f["rule"], f["severity"]) for f in findings)
    print("\nfindings by rule (one per rule and module pair):")
    for (rule, sev), n in sorted(by_rule.items()):
        print(f"  {rule:24} {sev:8} {n}")
    print("\nevidence lines by rule and kind (a use under several rules counts under each):")
    print(f"  {'rule':24} " + " ".join(f"{k:>11}" for k in KINDS) + f" {'total':>7}")
    table = collections.defaultdict(collections.Counter)
    for f in findings:
        for e in f.get("evidence", []):
            table[f["rule"]][e["kind"]] += 1
    for rule in sorted(table):
        c = table[rule]
        print(f"  {rule:24} " + " ".join(f"{c[k]:>11}" for k in KINDS) + f" {sum(c.values()):>7}")
    u = uses(doc)
    kinds = collections.Counter(x["kind"] for x in u.values())
    print("distinct uses (all rules):", sum(kinds.values()),
          " ".join(f"{k}={kinds[k]}" for k in KINDS))
    print("\nerror findings per module pair and rule:")
    def pair(f):
        if "from" in f:
            return f"{f['from']} -> {f['to']}"
        return " <-> ".join(f.get("modules", []))  # a cycle
    for f in sorted(findings, key=lambda f: (f["rule"], pair(f))):
        if f["severity"] != "error" or f["rule"] == "parse-failure":
            continue
        c = collections.Counter(e["kind"] for e in f.get("evidence", []))
        print(f"  {f['rule']:24} {pair(f)}: " +
              ", ".join(f"{k}={c[k]}" for k in KINDS if c[k]))
    print("\nunused-dependency:")
    n = 0
    for f in findings:
        if f["rule"] == "unused-dependency":
            n += 1
            loc = f.get("location", {})
            print(f"  {f['from']} -> {f['to']} ({loc.get('file')}:{loc.get('line')}) [{f['severity']}]")
    if not n:
        print("  none")
    pf = doc.get("parse_failures", [])
    print(f"\nparse failures: {len(pf)}")
    for p in pf:
        first = p.get("first") or [""]
        print(f"  {p.get('file')}: {first[0] if first else ''}")
    deps = doc.get("dependencies", [])
    tot = collections.Counter()
    for d in deps:
        for k in ("includes", "symbols", "macros"):
            tot[k] += d.get(k, 0)
    print(f"\nmodule dependencies: {len(deps)} pairs; " +
          ", ".join(f"{k}={tot[k]}" for k in ("includes", "symbols", "macros")))


def source_line(project, file, line):
    try:
        with open(f"{project}/{file}", encoding="utf-8", errors="replace") as f:
            for i, text in enumerate(f, 1):
                if i == line:
                    return text.strip()[:160]
    except OSError:
        pass
    return "?"


def fmt(u, project):
    return (f"{u['file']}:{u['line']}:{u['column']}\t{u['kind']}\t{u.get('symbol', '')}\t"
            f"{u.get('target', '')}\t{u['from']}->{u['to']}\t{','.join(sorted(u['rules']))}\t"
            f"{source_line(project, u['file'], u['line'])}")


HEADER = "file:line:col\tkind\tsymbol\ttarget\tfrom->to\trules\tsource line"


def sample(path, project, n, seed):
    u = uses(load(path))
    keys = sorted(u)
    # Stratified by kind so that rare kinds (macro) are represented: round-robin over kinds.
    rng = random.Random(int(seed))
    per_kind = {k: [x for x in keys if x[3] == k] for k in KINDS}
    for k in per_kind:
        rng.shuffle(per_kind[k])
    picked = []
    while len(picked) < int(n) and any(per_kind.values()):
        for k in KINDS:
            if per_kind[k] and len(picked) < int(n):
                picked.append(per_kind[k].pop())
    print(HEADER)
    for k in sorted(picked):
        print(fmt(u[k], project))


def diff(before, after, project, n, seed):
    b, a = uses(load(before)), uses(load(after))
    gone = sorted(set(b) - set(a))
    new = sorted(set(a) - set(b))
    rng = random.Random(int(seed))
    for title, keys, src in (("disappeared", gone, b), ("new", new, a)):
        c = collections.Counter((src[k]["kind"], src[k]["from"] + "->" + src[k]["to"]) for k in keys)
        print(f"== {title}: {len(keys)} uses")
        for (kind, pair), cnt in sorted(c.items()):
            print(f"   {kind:11} {pair}: {cnt}")
        pick = sorted(rng.sample(keys, min(int(n), len(keys))))
        print(HEADER)
        for k in pick:
            print(fmt(src[k], project))
        print()


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"summary": summary, "sample": sample, "diff": diff}[cmd](*args)
