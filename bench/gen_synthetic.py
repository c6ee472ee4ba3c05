#!/usr/bin/env python3
"""Generate a synthetic C++ codebase for benchmarking seams (deterministic per seed).

Usage:
  bench/gen_synthetic.py OUT_DIR --tus 1000 [--templates] [--violations 4] [--seed 1]
  bench/gen_synthetic.py OUT_DIR --modules 20 --files 50 [--deps 3] [--fanout 4] [--depth 3]
  bench/gen_synthetic.py OUT_DIR --tus 100 --configure [--cxx clang++-19] [--check 10]

Writes into OUT_DIR (never into the seams repository; an OUT_DIR from an earlier run is
replaced, any other non-empty directory is refused):

  src/mNN/include/mNN/fK.h   public header of file K of module mNN (class, enum, macro,
                             inline functions, operators; class templates with --templates)
  src/mNN/detail/fK_impl.h   private header, included only by its own .cpp
  src/mNN/fK.cpp             one translation unit: a few std headers, its own headers, and
                             --fanout public headers of the modules it depends on, each used
                             through types, calls, ADL, operators, macros (and template
                             instantiations with --templates)
  seams.yaml                 modules with paths/public/depends_on/layer; clean apart from the
                             deliberate violations
  CMakeLists.txt             one static library per module, C++17; configure it with
                             -DCMAKE_EXPORT_COMPILE_COMMANDS=ON for the compile DB
  synthetic.json             the parameters, the counts and the expected violations

Shape: module i may depend only on modules j < i (a DAG; modules are banded into --layers
layers, module 0 at the bottom), so the clean codebase has no finding. Public headers form
include chains of --depth headers inside a module (header K includes header K-1); the first
header of a chain includes a header of one of the module's dependencies, so a TU reads a
realistic transitive closure of project headers on top of libstdc++.

Deliberate violations (--violations K, cycling through these kinds, each on its own module
pair): undeclared-dependency (a module includes and uses a lower module it does not declare),
layering (a module uses a module of a higher layer, declared, without creating a cycle),
cycle (two modules of one layer use each other, both declared) and private-access (a module
includes a dependency's detail/ header and uses its type). CMake links every used module, so
the code always compiles; only seams.yaml leaves the violating edges undeclared.

With --configure, runs CMake into OUT_DIR/build (Ninja when available); with --check N, runs
`g++ -fsyntax-only` and `clang++-19 -fsyntax-only` on N TUs sampled from the compile DB.
Python 3 standard library only.
"""
import argparse
import json
import math
import os
import random
import shlex
import shutil
import subprocess
import sys

MARKER = "synthetic.json"
# Heavier and lighter standard headers; every .cpp gets the ones its body uses plus a
# deterministic sample of the others, as real code does.
STD_ALWAYS_CPP = ["algorithm", "map", "memory", "numeric", "string", "vector"]
STD_POOL = ["unordered_map", "set", "functional", "optional", "sstream", "array", "utility",
            "cstdint", "variant", "chrono", "deque", "tuple", "iostream", "mutex", "list",
            "unordered_set", "cstring", "iterator", "stdexcept", "type_traits"]
VIOLATION_KINDS = ["undeclared-dependency", "layering", "cycle", "private-access"]


def default_layer_names(n):
    names = {1: ["core"], 2: ["app", "core"], 3: ["app", "domain", "platform"],
             4: ["app", "service", "domain", "platform"],
             5: ["app", "service", "domain", "core", "platform"]}
    return names.get(n) or [f"l{i}" for i in range(n)]


class Module:
    def __init__(self, index, name, nfiles, band):
        self.index, self.name, self.nfiles, self.band = index, name, nfiles, band
        self.deps = []            # planned dependencies (indices of lower modules)
        self.used = set()         # modules this module's files really use (= depends_on)
        self.extra_undeclared = set()  # used on purpose without declaring
        self.header_dep = {}      # file k -> (module index, file) included by header k
        self.cpp_deps = {}        # file k -> [(module index, file)] included by fK.cpp
        self.violations = {}      # file k -> list of (kind, target module, target file)


def plan(o):
    rng = random.Random(o.seed)
    n = o.modules
    width = max(2, len(str(n - 1)))
    base, extra = divmod(o.tus, n)
    mods = []
    for i in range(n):
        band = min(o.layers - 1, i * o.layers // n)
        mods.append(Module(i, f"m{i:0{width}d}", base + (1 if i < extra else 0), band))
    mods = [m for m in mods if m.nfiles > 0]
    n = len(mods)
    # Dependencies: half near the module (a layered stack), half anywhere below it, and the
    # bottom module is a common library most modules use.
    for m in mods:
        cands = list(range(m.index))
        if not cands:
            continue
        want = min(o.deps, len(cands))
        chosen = []
        if 0 in cands and rng.random() < 0.7:
            chosen.append(0)
        while len(chosen) < want:
            if rng.random() < 0.5:
                j = max(0, m.index - 1 - int(rng.expovariate(0.5)))
            else:
                j = rng.randrange(m.index)
            if j not in chosen:
                chosen.append(j)
        m.deps = sorted(chosen)
    # Header chains and what each header / .cpp includes.
    for m in mods:
        rot = 0
        for k in range(m.nfiles):
            if k % o.depth == 0 and m.deps:
                d = m.deps[(k // o.depth) % len(m.deps)]
                m.header_dep[k] = (d, rng.randrange(mods[d].nfiles))
                m.used.add(d)
            incs = []
            if m.deps:
                for _ in range(o.fanout):
                    d = m.deps[rot % len(m.deps)]
                    rot += 1
                    f = rng.randrange(mods[d].nfiles)
                    if (d, f) not in incs:
                        incs.append((d, f))
                    m.used.add(d)
            m.cpp_deps[k] = incs
    return mods


def reach(mods):
    """reach[i] = modules reachable from i along used edges (declared or not)."""
    out = {}
    adj = {m.index: sorted(m.used | m.extra_undeclared) for m in mods}
    for m in mods:
        seen, todo = set(), [m.index]
        while todo:
            for j in adj[todo.pop()]:
                if j not in seen:
                    seen.add(j)
                    todo.append(j)
        out[m.index] = seen
    return out


def add_violations(mods, o):
    rng = random.Random(o.seed * 7919 + 17)
    busy = set()  # modules already part of a violation
    expected = []
    by_band = {}
    for m in mods:
        by_band.setdefault(m.band, []).append(m)

    def pick_file(m):
        return rng.randrange(m.nfiles)

    def add(a, b, kind, declare):
        k = pick_file(a)
        fb = pick_file(b)
        a.violations.setdefault(k, []).append((kind, b.index, fb))
        if declare:
            a.used.add(b.index)
        else:
            a.extra_undeclared.add(b.index)
        busy.update({a.index, b.index})
        return f"src/{a.name}/f{k}.cpp"

    for v in range(o.violations):
        kind = VIOLATION_KINDS[v % len(VIOLATION_KINDS)]
        r = reach(mods)
        pairs = []
        if kind == "undeclared-dependency":
            pairs = [(a, b) for a in mods for b in mods
                     if b.index < a.index and b.index not in a.used | a.extra_undeclared]
        elif kind == "layering":
            pairs = [(a, b) for a in mods for b in mods
                     if b.band > a.band and a.index not in r[b.index]]
        elif kind == "cycle":
            pairs = [(a, b) for a in mods for b in mods
                     if a.band == b.band and a.index < b.index]
        elif kind == "private-access":
            pairs = [(a, b) for a in mods for b in mods if b.index in a.used]
        fresh = [(a, b) for a, b in pairs if a.index not in busy and b.index not in busy]
        pairs = fresh or pairs
        if not pairs:
            print(f"gen_synthetic: no module pair for a {kind} violation; skipped",
                  file=sys.stderr)
            continue
        a, b = pairs[rng.randrange(len(pairs))]
        if kind == "undeclared-dependency":
            f = add(a, b, kind, declare=False)
            expected.append({"rule": kind, "from": a.name, "to": b.name, "file": f})
        elif kind == "layering":
            f = add(a, b, kind, declare=True)
            expected.append({"rule": kind, "from": a.name, "to": b.name, "file": f})
        elif kind == "cycle":
            files = []
            if a.index not in r[b.index]:  # b does not reach a yet: add b -> a (downwards)
                files.append(add(b, a, "cycle", declare=True))
            files.append(add(a, b, kind, declare=True))
            expected.append({"rule": kind, "modules": sorted([a.name, b.name]),
                             "from": a.name, "to": b.name, "file": files[-1]})
        elif kind == "private-access":
            f = add(a, b, kind, declare=True)
            expected.append({"rule": kind, "from": a.name, "to": b.name, "file": f})
    return expected


# ---------------------------------------------------------------------------- emission

def guard(m, name):
    return f"SYNTH_{m.name.upper()}_{name.upper()}_H"


def macro(m, k):
    return f"{m.name.upper()}_F{k}_LIMIT"


def header_text(mods, m, k, o):
    ns = m.name
    lines = [f"// Generated by bench/gen_synthetic.py: public header of {ns}, file {k}.",
             f"#ifndef {guard(m, f'f{k}')}", f"#define {guard(m, f'f{k}')}", "",
             "#include <cstddef>", "#include <string>", "#include <vector>"]
    if o.templates:
        lines += ["#include <array>", "#include <map>", "#include <memory>", "#include <utility>"]
    prev = k - 1 if (k % o.depth != 0 and k > 0) else None
    link = m.header_dep.get(k)
    if prev is not None or link:
        lines.append("")
    if prev is not None:
        lines.append(f'#include "{ns}/f{prev}.h"')
    if link:
        d, f = link
        lines.append(f'#include "{mods[d].name}/f{f}.h"')
    lines += ["", f"#define {macro(m, k)} {17 + k % 23}", "", f"namespace {ns} {{", "",
              f"enum class Kind{k} {{ alpha, beta, gamma }};", "",
              f"struct Record{k} {{",
              "  int id = 0;", "  std::string name;", "  std::vector<double> values;",
              f"  Kind{k} kind = Kind{k}::alpha;"]
    if prev is not None:
        lines.append(f"  Record{prev} prev;")
    if link:
        d, f = link
        lines.append(f"  {mods[d].name}::Record{f} link;")
    lines += ["  double total() const {", "    double sum = 0;",
              "    for (double v : values) sum += v;", "    return sum;", "  }", "};", "",
              f"bool operator==(const Record{k}& a, const Record{k}& b);",
              f"std::string describe(const Record{k}& r);", "",
              f"class Service{k} {{", " public:",
              f"  explicit Service{k}(std::string name);",
              "  virtual ~Service" + str(k) + "() = default;",
              "  virtual int run(int n) const;",
              "  const std::string& name() const { return name_; }",
              f"  void add(Record{k} r) {{ records_.push_back(std::move(r)); }}",
              "  std::size_t size() const { return records_.size(); }", "", " private:",
              "  std::string name_;", f"  std::vector<Record{k}> records_;", "};", "",
              f"int helper{k}(int x);", "",
              f"inline int inline{k}(int x) {{"]
    body = f"  return x * {macro(m, k)}"
    if prev is not None:
        body += f" + inline{prev}(x)"
    if link:
        d, f = link
        body += f" + {mods[d].name}::inline{f}(x)"
    lines += [body + ";", "}"]
    if o.templates:
        lines += ["", "template <class T>", f"class Box{k} {{", " public:",
                  "  void add(T v) {",
                  "    index_[std::to_string(items_.size())] = std::make_shared<T>(v);",
                  "    items_.push_back(std::move(v));", "  }",
                  "  std::size_t size() const { return items_.size(); }",
                  "  template <class F>",
                  "  void each(F f) const {", "    for (const auto& x : items_) f(x);", "  }",
                  "  const T* find(const std::string& key) const {",
                  "    auto it = index_.find(key);",
                  "    return it == index_.end() ? nullptr : it->second.get();", "  }", "",
                  " private:", "  std::vector<T> items_;",
                  "  std::map<std::string, std::shared_ptr<T>> index_;", "};", "",
                  "template <class T, std::size_t N = 4>", f"struct Fixed{k} {{",
                  "  std::array<T, N> data{};", "  T sum() const {", "    T s{};",
                  "    for (const auto& x : data) s = s + x;", "    return s;", "  }", "};", "",
                  "template <class T>",
                  f"T combine{k}(const T& a, const T& b) {{ return a + b; }}", "",
                  "template <class K, class V>",
                  f"std::map<K, std::vector<V>> group{k}(const std::vector<std::pair<K, V>>& in) {{",
                  "  std::map<K, std::vector<V>> out;",
                  "  for (const auto& kv : in) out[kv.first].push_back(kv.second);",
                  "  return out;", "}", "",
                  f"extern template class Box{k}<int>;"]
        if link:
            d, f = link
            lines.append(f"using LinkBox{k} = {mods[d].name}::Box{f}<Record{k}>;")
    lines += ["", f"}}  // namespace {ns}", "", f"#endif  // {guard(m, f'f{k}')}", ""]
    return "\n".join(lines)


def impl_text(m, k):
    g = guard(m, f"detail_f{k}_impl")
    return "\n".join([
        f"// Generated by bench/gen_synthetic.py: private header of {m.name}, file {k}.",
        f"#ifndef {g}", f"#define {g}", "", "#include <string>", "",
        f'#include "{m.name}/f{k}.h"', "", f"namespace {m.name}::detail {{", "",
        f"struct Impl{k} {{", f'  std::string tag = "{m.name}.f{k}";', f"  Record{k} base;",
        "  int tune(int n) const { return n * 3 + static_cast<int>(tag.size()) + base.id; }",
        "};", "", f"}}  // namespace {m.name}::detail", "", f"#endif  // {g}", ""])


def use_block(target, f, o, own_ns, own_k, tag):
    """Statements of `int total` using header f of module `target` from namespace own_ns."""
    t = target.name
    lines = [f"  {{  // {tag}: {t}/f{f}.h",
             f"    {t}::Record{f} r;", "    r.id = x;", f'    r.name = "{t}";',
             f"    total += {t}::helper{f}(r.id) + {t}::inline{f}(x) + {macro(target, f)};",
             "    total += static_cast<int>(describe(r).size());  // ADL",
             f"    {t}::Record{f} copy = r;",
             "    if (r == copy) ++total;                          // operator, by ADL",
             f'    auto s = std::make_unique<{t}::Service{f}>("{own_ns}");',
             "    s->add(r);",
             f"    total += s->run(x) + static_cast<int>(s->size()) + static_cast<int>({t}::Kind{f}::beta);"]
    if o.templates:
        lines += [f"    {t}::Box{f}<Record{own_k}> box;", f"    box.add(Record{own_k}{{}});",
                  f"    box.each([&](const Record{own_k}& e) {{ total += e.id; }});",
                  f"    {t}::Fixed{f}<double, 3> fixed;",
                  "    total += static_cast<int>(fixed.sum());",
                  f"    total += {t}::combine{f}(x, 2);",
                  f"    std::vector<std::pair<std::string, {t}::Record{f}>> pairs{{{{\"a\", r}}}};",
                  f"    total += static_cast<int>({t}::group{f}(pairs).size());",
                  f"    std::map<std::string, std::unique_ptr<{t}::Service{f}>> services;",
                  f'    services["x"] = std::make_unique<{t}::Service{f}>("y");',
                  "    total += static_cast<int>(services.size());"]
    lines.append("  }")
    return lines


def cpp_text(mods, m, k, o, rng):
    ns = m.name
    stds = set(STD_ALWAYS_CPP)
    if o.templates:
        stds |= {"map", "memory", "utility", "unordered_map"}
    extra = rng.sample(STD_POOL, min(o.std_headers, len(STD_POOL)))
    stds |= set(extra)
    lines = [f"// Generated by bench/gen_synthetic.py: module {ns}, file {k}.",
             f'#include "{ns}/f{k}.h"', ""]
    lines += [f"#include <{h}>" for h in sorted(stds)]
    lines += ["", f'#include "detail/f{k}_impl.h"']
    sibling = (k + 1) % m.nfiles if m.nfiles > 1 else None
    if sibling is not None:
        lines.append(f'#include "{ns}/f{sibling}.h"')
    for d, f in m.cpp_deps[k]:
        lines.append(f'#include "{mods[d].name}/f{f}.h"')
    for kind, d, f in m.violations.get(k, []):
        if kind == "private-access":
            lines.append(f'#include "../{mods[d].name}/detail/f{f}_impl.h"  // violation: {kind}')
        else:
            lines.append(f'#include "{mods[d].name}/f{f}.h"  // violation: {kind}')
    lines += ["", f"namespace {ns} {{", "namespace {", "",
              "int local_sum(const std::vector<int>& v) {",
              "  return std::accumulate(v.begin(), v.end(), 0);", "}", "",
              "}  // namespace", "",
              f"bool operator==(const Record{k}& a, const Record{k}& b) {{",
              "  return a.id == b.id && a.name == b.name && a.kind == b.kind;", "}", "",
              f"std::string describe(const Record{k}& r) {{",
              '  return r.name + "#" + std::to_string(r.id);', "}", "",
              f"Service{k}::Service{k}(std::string name) : name_(std::move(name)) {{}}", "",
              f"int Service{k}::run(int n) const {{",
              "  std::map<std::string, int> counts;",
              "  for (const auto& r : records_) counts[describe(r)] += r.id;",
              "  std::vector<int> values(static_cast<std::size_t>(n > 0 ? n : 1), 1);",
              "  std::sort(values.begin(), values.end());",
              "  int total = local_sum(values) + static_cast<int>(counts.size());",
              f"  detail::Impl{k} impl;", "  total += impl.tune(n);"]
    if sibling is not None:
        lines.append(f"  total += helper{sibling}(n) + inline{sibling}(n);")
    lines += ["  return total;", "}", ""]
    if o.templates:
        lines += [f"template class Box{k}<int>;", ""]
    lines += [f"int helper{k}(int x) {{", f"  int total = inline{k}(x);"]
    for d, f in m.cpp_deps[k]:
        lines += use_block(mods[d], f, o, ns, k, "dependency")
    for kind, d, f in m.violations.get(k, []):
        t = mods[d].name
        if kind == "private-access":
            lines += [f"  {{  // violation: {kind}", f"    {t}::detail::Impl{f} impl;",
                      "    total += impl.tune(x);", "  }"]
        else:
            lines += use_block(mods[d], f, o, ns, k, f"violation: {kind}")
    lines += ["  return total;", "}", "", f"}}  // namespace {ns}", ""]
    return "\n".join(lines)


def yaml_text(mods, layer_names, o):
    lines = ["# Generated by bench/gen_synthetic.py; see synthetic.json for the parameters",
             "# and the deliberate violations.", "version: 1",
             f"layers: [{', '.join(layer_names)}]", "modules:"]
    for m in mods:
        layer = layer_names[len(layer_names) - 1 - m.band]
        deps = ", ".join(mods[d].name for d in sorted(m.used))
        lines += [f"  {m.name}:", f'    paths: ["src/{m.name}/**"]',
                  f'    public: ["src/{m.name}/include/**"]', f"    depends_on: [{deps}]",
                  f"    layer: {layer}"]
    return "\n".join(lines) + "\n"


def cmake_text(mods):
    lines = ["# Generated by bench/gen_synthetic.py: one static library per module.",
             "cmake_minimum_required(VERSION 3.16)", "project(seams_synthetic CXX)",
             "set(CMAKE_CXX_STANDARD 17)", "set(CMAKE_CXX_STANDARD_REQUIRED ON)",
             "set(CMAKE_CXX_EXTENSIONS OFF)", "set(CMAKE_EXPORT_COMPILE_COMMANDS ON)", ""]
    for m in mods:
        srcs = " ".join(f"src/{m.name}/f{k}.cpp" for k in range(m.nfiles))
        lines.append(f"add_library({m.name} STATIC {srcs})")
        lines.append(f"target_include_directories({m.name} PUBLIC "
                     f"${{CMAKE_CURRENT_SOURCE_DIR}}/src/{m.name}/include)")
    lines.append("")
    for m in mods:
        deps = sorted(m.used | m.extra_undeclared)
        if deps:
            lines.append(f"target_link_libraries({m.name} PUBLIC "
                         f"{' '.join(mods[d].name for d in deps)})")
    return "\n".join(lines) + "\n"


def headers_per_tu(mods, o):
    """Average and largest number of distinct project headers a TU reads (transitively)."""
    memo = {}

    def public(mi, k):  # closure of public header k of module mi, itself included
        key = (mi, k)
        if key not in memo:
            m = mods[mi]
            out = {("pub", mi, k)}
            if k % o.depth != 0 and k > 0:
                out |= public(mi, k - 1)
            if k in m.header_dep:
                out |= public(*m.header_dep[k])
            memo[key] = frozenset(out)
        return memo[key]

    counts = []
    for m in mods:
        for k in range(m.nfiles):
            seen = set(public(m.index, k)) | {("impl", m.index, k)}
            seen |= public(m.index, (k + 1) % m.nfiles)
            for d, f in m.cpp_deps[k]:
                seen |= public(d, f)
            for kind, d, f in m.violations.get(k, []):
                seen |= public(d, f)
                if kind == "private-access":
                    seen.add(("impl", d, f))
            counts.append(len(seen))
    return round(sum(counts) / max(len(counts), 1), 1), max(counts, default=0)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def inside_repo(path):
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    p = os.path.realpath(path)
    return p == here or p.startswith(here + os.sep)


def prepare_out(out, force):
    if inside_repo(out) and not force:
        sys.exit(f"gen_synthetic: {out} is inside the seams repository; generate into a "
                 "scratch directory (e.g. /tmp/seams-bench/...) or pass --force")
    if os.path.isdir(out) and os.listdir(out):
        if not os.path.exists(os.path.join(out, MARKER)):
            sys.exit(f"gen_synthetic: {out} is not empty and was not made by this script")
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)


def generate(o):
    """Writes the codebase into o.out; returns the metadata written to synthetic.json."""
    if o.tus is None:
        o.tus = o.modules * o.files
    if o.modules is None:
        o.modules = max(4, round(math.sqrt(2 * o.tus)))
    o.modules = min(o.modules, o.tus)
    prepare_out(o.out, o.force)
    layer_names = default_layer_names(o.layers)
    mods = plan(o)
    expected = add_violations(mods, o)
    rng = random.Random(o.seed * 31 + 5)
    headers = 0
    lines = 0
    for m in mods:
        for k in range(m.nfiles):
            base = os.path.join(o.out, "src", m.name)
            texts = {os.path.join(base, "include", m.name, f"f{k}.h"): header_text(mods, m, k, o),
                     os.path.join(base, "detail", f"f{k}_impl.h"): impl_text(m, k),
                     os.path.join(base, f"f{k}.cpp"): cpp_text(mods, m, k, o, rng)}
            for p, t in texts.items():
                write(p, t)
                lines += t.count("\n")
            headers += 2
    write(os.path.join(o.out, "seams.yaml"), yaml_text(mods, layer_names, o))
    write(os.path.join(o.out, "CMakeLists.txt"), cmake_text(mods))
    meta = {"generator": "bench/gen_synthetic.py",
            "params": {"tus": o.tus, "modules": o.modules, "deps": o.deps, "fanout": o.fanout,
                       "depth": o.depth, "layers": o.layers, "std_headers": o.std_headers,
                       "templates": o.templates, "violations": o.violations, "seed": o.seed},
            "translation_units": sum(m.nfiles for m in mods), "modules": len(mods),
            "headers": headers, "lines": lines,
            "project_headers_per_tu": headers_per_tu(mods, o),
            "expected_violations": expected}
    write(os.path.join(o.out, MARKER), json.dumps(meta, indent=2) + "\n")
    return meta


def configure(out, build, cxx, generator=None):
    if generator is None:
        generator = "Ninja" if shutil.which("ninja") else "Unix Makefiles"
    cmd = ["cmake", "-S", out, "-B", build, "-G", generator,
           "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON", "-DCMAKE_BUILD_TYPE=Release"]
    if cxx:
        cmd.append(f"-DCMAKE_CXX_COMPILER={cxx}")
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.exit(f"gen_synthetic: cmake failed:\n{r.stdout}")
    return os.path.join(build, "compile_commands.json")


def check_sample(db_path, count, seed, compilers=("g++", "clang++-19")):
    """Runs each compiler with -fsyntax-only on `count` sampled TUs; returns failures."""
    db = json.load(open(db_path))
    sample = random.Random(seed).sample(db, min(count, len(db)))
    failures = []
    for cc in compilers:
        if not shutil.which(cc):
            print(f"gen_synthetic: {cc} not found; not checked", file=sys.stderr)
            continue
        for e in sample:
            args = e.get("arguments") or shlex.split(e["command"])
            out, skip = [cc, "-fsyntax-only"], False
            for a in args[1:]:
                if skip:
                    skip = False
                elif a in ("-o", "-MF", "-MT", "-MQ"):
                    skip = True
                elif a not in ("-c", "-MD", "-MMD"):
                    out.append(a)
            r = subprocess.run(out, cwd=e["directory"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
            if r.returncode != 0:
                failures.append((cc, e["file"], r.stdout[:2000]))
    return failures, len(sample)


def add_arguments(ap):
    ap.add_argument("--tus", type=int, help="translation units in total (default: modules*files)")
    ap.add_argument("--modules", type=int,
                    help="number of modules (default with --tus: round(sqrt(2*tus)), at least 4)")
    ap.add_argument("--files", type=int, default=10,
                    help=".h/.cpp pairs per module when --tus is not given (default 10)")
    ap.add_argument("--deps", type=int, default=3,
                    help="dependencies each module declares, among lower modules (default 3)")
    ap.add_argument("--fanout", type=int, default=4,
                    help="dependency headers each .cpp includes and uses (default 4)")
    ap.add_argument("--depth", type=int, default=3,
                    help="length of the header include chains inside a module (default 3)")
    ap.add_argument("--layers", type=int, default=4, help="number of layers (default 4)")
    ap.add_argument("--std-headers", type=int, default=3,
                    help="extra std headers per .cpp on top of <algorithm> <map> <memory> "
                         "<numeric> <string> <vector> (default 3)")
    ap.add_argument("--templates", action="store_true",
                    help="template-heavy code: class/function templates in every header, "
                         "instantiated across modules with std containers")
    ap.add_argument("--violations", type=int, default=4,
                    help="deliberate violations, cycling undeclared-dependency, layering, "
                         "cycle, private-access (default 4)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="output directory (a scratch dir, not inside the repo)")
    add_arguments(ap)
    ap.add_argument("--force", action="store_true", help="allow OUT inside the seams repo")
    ap.add_argument("--configure", action="store_true",
                    help="run CMake into OUT/build to make OUT/build/compile_commands.json")
    ap.add_argument("--cxx", default=None, help="CMAKE_CXX_COMPILER for --configure")
    ap.add_argument("--check", type=int, default=0, metavar="N",
                    help="with --configure: g++ and clang++-19 -fsyntax-only on N sampled TUs")
    o = ap.parse_args()
    if o.tus is None and o.modules is None:
        ap.error("give --tus or --modules (with --files)")
    if min(o.depth, o.layers) < 1 or min(o.deps, o.fanout, o.violations, o.std_headers) < 0:
        ap.error("--depth and --layers must be >= 1, the other counts >= 0")
    o.out = os.path.abspath(o.out)
    meta = generate(o)
    avg, top = meta["project_headers_per_tu"]
    print(f"gen_synthetic: {meta['translation_units']} TUs, {meta['modules']} modules, "
          f"{meta['headers']} headers, {meta['lines']} lines, {avg} project headers per TU "
          f"(max {top}), "
          f"{len(meta['expected_violations'])} violations in {o.out}")
    if o.configure:
        db = configure(o.out, os.path.join(o.out, "build"), o.cxx)
        print(f"gen_synthetic: compile DB {db}")
        if o.check:
            failures, n = check_sample(db, o.check, o.seed)
            for cc, f, text in failures:
                print(f"gen_synthetic: {cc} rejects {f}:\n{text}", file=sys.stderr)
            print(f"gen_synthetic: checked {n} TUs with g++ and clang++-19: "
                  f"{len(failures)} failures")
            return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
