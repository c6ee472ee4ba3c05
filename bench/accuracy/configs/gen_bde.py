#!/usr/bin/env python3
"""Generate seams.yaml for Bloomberg's BDE (bsl and bdl) from BDE's own dependency files
(standard library only).

  gen_bde.py BDE_SOURCE_DIR flat|groups|closure > bde-VARIANT.seams.yaml

BDE declares its physical design in plain files, which are the ground truth here:
  groups/<g>/group/<g>.mem           the packages of package group <g>
  groups/<g>/group/<g>.dep           the units of release (groups, third-party libraries)
                                     <g> depends on
  groups/<g>/<pkg>/package/<pkg>.dep the packages of the same group <pkg> depends on
  groups/<g>/<pkg>/package/<pkg>.pub the public headers of a '+' package (bsl+bslhdrs)
In BDE a package may use what its declared dependencies may use (the build links the
closure), and every package of the groups its group depends on, so both rules are
transitive.

Modules:
  * one per package of the groups in GROUPS (bsl, bdl): paths = the package directory,
    public = every header of the package (BDE installs every component header and clients
    may include any of them; subordinate components, `pkg_comp_sub.h`, are private to
    their parent *component*, a rule finer than a package that bde_verify checks, not
    the .dep files), or the .pub list for a '+' package;
  * one per third-party library a group depends on (inteldfp, pcre2, bbryu), named
    `<lib>_lib` (the group syntax keeps the library's own name for its group): its
    source directories, every header public, depends_on [] (they use no BDE code).
Layers, top first: bdl, bsl, thirdparty (the groups' levels in BDE).
Test drivers (`*.t.cpp`, `*.xt.cpp`) are excluded (the benchmark's compile DB has none),
as are the other groups, standalones and tools of the repository.

Variants:
  flat     depends_on_mode: transitive; depends_on = the package's .dep entries plus every
           package of the groups its group depends on, spelled out (third-party
           libraries included).
  groups   depends_on_mode: transitive with the `groups:` syntax: one group per
           package group and per third-party library, the group's depends_on = its .dep;
           a package's depends_on = its .dep entries only.
  closure  for seams binaries without depends_on_mode (direct only): depends_on = the full
           transitive closure of the flat variant, spelled out.
"""
import os
import sys

GROUPS = ["bsl", "bdl"]          # the package groups measured, lowest first
THIRDPARTY = {                   # library -> paths (relative to the BDE root)
    "bbryu": ["thirdparty/bbryu/**"],
    "inteldfp": ["thirdparty/inteldfp/LIBRARY/src/**", "thirdparty/inteldfp/LIBRARY/float128/**"],
    "pcre2": ["thirdparty/pcre2/src/**", "thirdparty/pcre2/deps/**"],
}
LAYERS = ["bdl", "bsl", "thirdparty"]


def read_list(path):
    """A BDE .mem/.dep/.pub file: one name per line, '#' comments."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.extend(line.split())
    return out


def tp_module(lib):
    return f"{lib}_lib"


def load(root):
    groups = {}
    for g in GROUPS:
        gdir = os.path.join(root, "groups", g)
        pkgs = read_list(os.path.join(gdir, "group", f"{g}.mem"))
        gdeps = read_list(os.path.join(gdir, "group", f"{g}.dep"))
        packages = {}
        for p in pkgs:
            pdir = os.path.join(gdir, p)
            deps = read_list(os.path.join(pdir, "package", f"{p}.dep"))
            for d in deps:
                if d not in pkgs:
                    sys.exit(f"gen_bde: {p}.dep names {d}, not a package of {g}")
            pub = os.path.join(pdir, "package", f"{p}.pub")
            headers = sorted(f for f in os.listdir(pdir) if f.endswith(".h"))
            if os.path.exists(pub):
                listed = read_list(pub)
                missing = [h for h in listed if h not in headers]
                for h in missing:
                    print(f"gen_bde: {p}.pub lists {h}, not on disk; dropped", file=sys.stderr)
                public = [h for h in listed if h in headers]
            else:
                public = None  # every header
            packages[p] = {"dir": f"groups/{g}/{p}", "deps": deps, "public": public}
        for d in gdeps:
            if d not in GROUPS and d not in THIRDPARTY:
                sys.exit(f"gen_bde: {g}.dep names {d}, neither a measured group nor a known "
                         "third-party library")
        groups[g] = {"packages": packages, "order": pkgs, "deps": gdeps}
    return groups


def group_modules(groups, unit):
    return list(groups[unit]["order"]) if unit in groups else [tp_module(unit)]


def group_closure(groups, g, seen=None):
    """The units (groups, libraries) g depends on, transitively."""
    seen = [] if seen is None else seen
    for d in groups[g]["deps"] if g in groups else []:
        if d not in seen:
            seen.append(d)
            group_closure(groups, d, seen)
    return seen


def package_closure(pkgs, p, seen=None):
    seen = [] if seen is None else seen
    for d in pkgs[p]["deps"]:
        if d not in seen:
            seen.append(d)
            package_closure(pkgs, d, seen)
    return seen


def q(s):
    plain = all(c.isalnum() or c in "_-+." for c in s) and not s[0].isdigit()
    return s if plain else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def main(root, variant):
    if variant not in ("flat", "groups", "closure"):
        sys.exit("usage: gen_bde.py BDE_SOURCE_DIR flat|groups|closure")
    groups = load(root)
    out = []
    w = out.append
    w("# Generated by bench/accuracy/configs/gen_bde.py from BDE's .mem/.dep/.pub files")
    w(f"# variant: {variant}. Do not edit by hand.")
    w("version: 1")
    w(f"layers: {flow(LAYERS)}")
    top = sorted(os.listdir(root))
    excl = ["**/*.t.cpp", "**/*.xt.cpp"]
    excl += [f"{d}/**" for d in top
             if os.path.isdir(os.path.join(root, d)) and not d.startswith(".")
             and d not in ("groups", "thirdparty")]
    excl += [f"groups/{d}/**" for d in sorted(os.listdir(os.path.join(root, "groups")))
             if os.path.isdir(os.path.join(root, "groups", d)) and d not in GROUPS]
    excl += [f"thirdparty/{d}/**" for d in sorted(os.listdir(os.path.join(root, "thirdparty")))
             if os.path.isdir(os.path.join(root, "thirdparty", d)) and d not in THIRDPARTY]
    w(f"exclude: {flow(excl)}")
    if variant != "closure":
        w("depends_on_mode: transitive")
    if variant == "groups":
        w("groups:")
        for g in GROUPS:
            w(f"  {g}:")
            w(f"    modules: {flow(groups[g]['order'])}")
            w(f"    depends_on: {flow(groups[g]['deps'])}")
            w(f"    layer: {g}")
        for lib in THIRDPARTY:
            w(f"  {lib}:")
            w(f"    modules: [{tp_module(lib)}]")
            w("    depends_on: []")
            w("    layer: thirdparty")
    w("modules:")
    for g in GROUPS:
        pkgs = groups[g]["packages"]
        for p in groups[g]["order"]:
            pk = pkgs[p]
            if variant == "groups":
                deps = list(pk["deps"])
            elif variant == "flat":
                deps = list(pk["deps"])
                for u in groups[g]["deps"]:
                    deps += group_modules(groups, u)
            else:  # closure
                deps = package_closure(pkgs, p)
                for u in group_closure(groups, g):
                    deps += group_modules(groups, u)
            w(f"  {q(p)}:")
            w(f"    paths: [{q(pk['dir'] + '/**')}]")
            if pk["public"] is None:
                w(f"    public: [{q(pk['dir'] + '/*.h')}]")
            else:
                w(f"    public: {flow(pk['dir'] + '/' + h for h in pk['public'])}")
            w(f"    depends_on: {flow(deps)}")
            if variant != "groups":
                w(f"    layer: {g}")
    for lib, paths in THIRDPARTY.items():
        w(f"  {tp_module(lib)}:")
        w(f"    paths: {flow(paths)}")
        w("    depends_on: []")
        if variant != "groups":
            w("    layer: thirdparty")
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: gen_bde.py BDE_SOURCE_DIR flat|groups|closure")
    main(sys.argv[1], sys.argv[2])
