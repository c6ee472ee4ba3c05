// Implements cmake_draft.h.
#include "drafts/cmake_draft.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <string_view>

#include "drafts/tree_draft.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

// `.inc` too: a fragment a target lists (symbolize_elf.inc) is its code, and
// its uses are the target's.
bool is_cxx_file(std::string_view path) {
  static constexpr std::array<std::string_view, 15> kExtensions = {
      ".c",   ".cc",  ".cpp", ".cxx", ".c++", ".C",   ".h",  ".hh",
      ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".tcc", ".inc"};
  return std::any_of(kExtensions.begin(), kExtensions.end(),
                     [&](std::string_view e) { return path.ends_with(e); });
}

bool is_header(std::string_view path) {
  return !path.ends_with(".c") && !path.ends_with(".cc") &&
         !path.ends_with(".cpp") && !path.ends_with(".cxx") &&
         !path.ends_with(".c++") && !path.ends_with(".C");
}

bool is_module_type(const std::string& type) {
  return type == "STATIC_LIBRARY" || type == "SHARED_LIBRARY" ||
         type == "MODULE_LIBRARY" || type == "OBJECT_LIBRARY" ||
         type == "INTERFACE_LIBRARY" || type == "EXECUTABLE";
}

// `path` relative to `root`, or nullopt when outside it.
std::optional<std::string> under_root(const std::string& path,
                                      const std::string& root) {
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(path, ec);
  const std::string p = ec ? path : real.string();
  if (p == root) return std::string();
  if (!p.starts_with(root + "/")) return std::nullopt;
  return p.substr(root.size() + 1);
}

std::string parent_dir(const std::string& rel) {
  const auto slash = rel.rfind('/');
  return slash == std::string::npos ? "" : rel.substr(0, slash);
}

// The folder holding a vendored path ("third_party/x/a.cc" -> "third_party"),
// or "".
std::string vendor_prefix(const std::string& rel) {
  std::size_t start = 0;
  while (true) {
    const auto slash = rel.find('/', start);
    if (slash == std::string::npos) return "";
    if (is_vendor_dir(std::string_view(rel).substr(start, slash - start)))
      return rel.substr(0, slash);
    start = slash + 1;
  }
}

bool inside_or_equal(const std::string& dir, const std::string& ancestor) {
  return ancestor.empty() || dir == ancestor || dir.starts_with(ancestor + "/");
}

std::string dir_glob(const std::string& dir) {
  return dir.empty() ? "*" : dir + "/**";
}

struct Target {
  const CMakeTarget* cmake = nullptr;
  bool library = false;
  std::vector<std::string> files;      // relative, not vendored
  std::set<std::string> closure;       // kept targets it depends on
  std::vector<std::string> direct;     // the reduction of `closure`
  std::set<std::string> include_dirs;  // relative, under the root
  std::set<std::string> interface_dirs;
  std::vector<std::string> owned_dirs;
  std::vector<std::string> loose_files;  // in folders another target owns
  std::string module;  // its module: its own, the one it joined, or ""
};

}  // namespace

CMakeDraft draft_from_cmake(const CMakeCodemodel& model,
                            const std::string& root) {
  CMakeDraft out;
  std::map<std::string, Target> targets;
  std::set<std::string> vendored;
  for (const CMakeTarget& t : model.targets) {
    if (!is_module_type(t.type)) continue;
    Target x;
    x.cmake = &t;
    x.library = t.type != "EXECUTABLE";
    bool any_vendored = false, any_outside = false;
    for (const std::string& s : t.sources) {
      if (!is_cxx_file(s)) continue;
      auto rel = under_root(s, root);
      if (!rel) {
        any_outside = true;
        continue;
      }
      if (const std::string v = vendor_prefix(*rel); !v.empty()) {
        vendored.insert(v);
        any_vendored = true;
        continue;
      }
      x.files.push_back(*rel);
    }
    if (x.files.empty()) {
      out.skipped.push_back(
          any_vendored  ? fmt::format("{}: vendored code", t.name)
          : any_outside ? fmt::format("{}: no source under the project "
                                      "root",
                                      t.name)
                        : fmt::format("{}: no C or C++ source", t.name));
      continue;
    }
    for (const std::string& d : t.include_dirs)
      if (auto rel = under_root(d, root)) x.include_dirs.insert(*rel);
    targets.emplace(t.name, std::move(x));
  }
  // Dependencies between kept targets, closed transitively (the codemodel
  // lists them so already; closing again costs nothing and makes sure).
  for (auto& [name, t] : targets)
    for (const std::string& d : t.cmake->dependencies)
      if (d != name && targets.count(d)) t.closure.insert(d);
  for (bool grew = true; grew;) {
    grew = false;
    for (auto& [name, t] : targets) {
      const std::size_t before = t.closure.size();
      std::set<std::string> add;
      for (const std::string& d : t.closure)
        for (const std::string& dd : targets.at(d).closure)
          if (dd != name) add.insert(dd);
      t.closure.insert(add.begin(), add.end());
      grew = grew || t.closure.size() != before;
    }
  }
  // Direct links: D is implied when another dependency E reaches it and is
  // not in a cycle with it.
  for (auto& [name, t] : targets)
    for (const std::string& d : t.closure) {
      bool implied = false;
      for (const std::string& e : t.closure)
        if (e != d && targets.at(e).closure.count(d) &&
            !targets.at(d).closure.count(e))
          implied = true;
      if (!implied) t.direct.push_back(d);
    }
  // Folders: the library with the most files, else the executable.
  std::map<std::string, std::map<std::string, int>> counts;  // dir -> target
  for (const auto& [name, t] : targets)
    for (const std::string& f : t.files) ++counts[parent_dir(f)][name];
  std::map<std::string, std::string> owner;
  for (const auto& [dir, by_target] : counts) {
    std::tuple<bool, int, std::string> best{false, -1, ""};
    for (const auto& [name, n] : by_target) {
      // A library before an executable, then more files; on a tie the first
      // by name, as only a greater pair replaces the best.
      const bool lib = targets.at(name).library;
      if (std::tie(lib, n) > std::tie(std::get<0>(best), std::get<1>(best)))
        best = {lib, n, name};
    }
    owner[dir] = std::get<2>(best);
    targets.at(std::get<2>(best)).owned_dirs.push_back(dir);
  }
  // Interface include directories, dependencies first: the directories a
  // target shares with a dependent, less those one of its own dependencies
  // explains. Where a directory lies in or around the folders of some of the
  // targets it could come from, only those can give it: a PUBLIC include
  // directory sits with its target (core's PRIVATE src/net/include must not
  // make net's PUBLIC one core's).
  auto near = [&](const Target& t, const std::string& dir) {
    return std::any_of(
        t.owned_dirs.begin(), t.owned_dirs.end(), [&](const std::string& o) {
          return inside_or_equal(o, dir) || inside_or_equal(dir, o);
        });
  };
  auto shared_with_dependent = [&](const std::string& name,
                                   const std::string& dir) {
    for (const auto& [other, x] : targets)
      if (x.closure.count(name) && x.include_dirs.count(dir)) return true;
    return false;
  };
  std::map<std::string, bool> has_near_candidate;  // dir -> some target near
  for (const auto& [name, t] : targets)
    for (const std::string& dir : t.include_dirs)
      if (near(t, dir) && shared_with_dependent(name, dir))
        has_near_candidate[dir] = true;
  std::vector<std::string> order;
  for (const auto& [name, t] : targets) order.push_back(name);
  std::stable_sort(order.begin(), order.end(),
                   [&](const std::string& a, const std::string& b) {
                     return targets.at(a).closure.size() <
                            targets.at(b).closure.size();
                   });
  for (const std::string& name : order) {
    Target& t = targets.at(name);
    std::set<std::string> inherited;
    for (const std::string& d : t.closure) {
      const auto& i = targets.at(d).interface_dirs;
      inherited.insert(i.begin(), i.end());
    }
    for (const std::string& dir : t.include_dirs)
      if (!inherited.count(dir) && shared_with_dependent(name, dir) &&
          (near(t, dir) || !has_near_candidate.count(dir)))
        t.interface_dirs.insert(dir);
  }
  // A file in a folder another target owns goes to its library by name; a
  // file several libraries list there goes to the one with the fewest files
  // (the more specific), so no two modules claim it.
  std::map<std::string, std::string> loose_owner;  // file -> target
  for (const auto& [name, t] : targets) {
    if (!t.library) continue;
    for (const std::string& f : t.files) {
      if (owner.at(parent_dir(f)) == name) continue;
      auto [it, fresh] = loose_owner.emplace(f, name);
      if (!fresh && t.files.size() < targets.at(it->second).files.size())
        it->second = name;
    }
  }
  for (const auto& [file, name] : loose_owner)
    if (owner.at(parent_dir(file)) != name)
      targets.at(name).loose_files.push_back(file);
  for (auto& [name, t] : targets)
    if (t.library || !t.owned_dirs.empty()) t.module = name;
  // Module names: the target's, made fit for seams.yaml.
  std::map<std::string, std::string> module_name;  // target -> module
  std::set<std::string> taken;
  for (const auto& [name, t] : targets) {
    if (t.module.empty()) continue;
    std::string m = module_name_from(name);
    for (int n = 2; taken.count(m); ++n)
      m = module_name_from(name) + "_" + std::to_string(n);
    taken.insert(m);
    module_name[name] = m;
  }
  // Executables without folders of their own join the owners of theirs.
  std::map<std::string, std::set<std::string>> joined;  // module -> targets
  for (const auto& [name, t] : targets) {
    if (!t.module.empty()) continue;
    for (const std::string& f : t.files)
      joined[module_name.at(owner.at(parent_dir(f)))].insert(name);
  }
  auto modules_of = [&](const std::string& target) {
    std::vector<std::string> mods;
    if (auto it = module_name.find(target); it != module_name.end())
      mods.push_back(it->second);
    return mods;
  };
  for (const auto& [name, t] : targets) {
    if (t.module.empty()) continue;
    const std::string& m = module_name.at(name);
    std::set<std::string> direct, all;
    auto add_links = [&](const Target& x) {
      for (const std::string& d : x.direct)
        for (const std::string& dm : modules_of(d))
          if (dm != m) direct.insert(dm);
      for (const std::string& d : x.closure)
        for (const std::string& dm : modules_of(d))
          if (dm != m) all.insert(dm);
    };
    add_links(t);
    DraftModule dm;
    dm.name = m;
    dm.notes.push_back(
        fmt::format("CMake target {} ({})", name, t.cmake->type));
    if (auto j = joined.find(m); j != joined.end()) {
      std::string names;
      for (const std::string& e : j->second) {
        add_links(targets.at(e));
        names += (names.empty() ? "" : ", ") + e;
      }
      dm.notes.push_back(
          "with the executables whose files are in its "
          "folders: " +
          names);
    }
    for (const std::string& d : t.owned_dirs) {
      // A subfolder of a folder it owns already needs no glob of its own.
      std::string up = d;
      while (!up.empty()) {
        up = parent_dir(up);
        if (owner.count(up)) break;
      }
      // (the root's glob, "*", reaches no subfolder)
      if (d.empty() || up.empty() || owner.at(up) != name)
        dm.paths.push_back(dir_glob(d));
    }
    // Interface include directories nobody's folders reach (include/ beside
    // src/, with headers the build does not list) are the module's too.
    std::vector<std::string> extra_public;
    for (const std::string& i : t.interface_dirs) {
      bool reached = false;
      for (const auto& [dir, who] : owner)
        if (inside_or_equal(dir, i) || inside_or_equal(i, dir)) reached = true;
      if (!reached && !i.empty()) {
        dm.paths.push_back(dir_glob(i));
        extra_public.push_back(dir_glob(i));
      }
    }
    for (const std::string& f : t.loose_files) dm.paths.push_back(f);
    // public: its folders below its interface include directories.
    std::vector<std::string> inside, covered;
    bool all_covered = true;
    for (const std::string& o : t.owned_dirs) {
      bool cov = false;
      for (const std::string& i : t.interface_dirs) {
        if (inside_or_equal(o, i)) cov = true;
        if (i != o && inside_or_equal(i, o)) {
          inside.push_back(dir_glob(i));
          out.public_dirs[m].push_back(i);
        }
      }
      if (cov)
        covered.push_back(dir_glob(o));
      else
        all_covered = false;
    }
    if (!extra_public.empty() ||
        (!all_covered && !(inside.empty() && covered.empty()))) {
      std::set<std::string> pub(inside.begin(), inside.end());
      pub.insert(extra_public.begin(), extra_public.end());
      pub.insert(covered.begin(), covered.end());
      for (const std::string& f : t.loose_files)
        for (const std::string& i : t.interface_dirs)
          if (is_header(f) && inside_or_equal(parent_dir(f), i)) pub.insert(f);
      // A glob below another of the set adds nothing.
      for (const std::string& g : pub) {
        const bool below =
            std::any_of(pub.begin(), pub.end(), [&](const std::string& other) {
              return other != g && other.ends_with("/**") &&
                     g.starts_with(other.substr(0, other.size() - 2));
            });
        if (!below) dm.public_.push_back(g);
      }
    }
    dm.depends_on = std::vector<std::string>(direct.begin(), direct.end());
    out.direct_links[m] = *dm.depends_on;
    out.listed[m].insert(t.files.begin(), t.files.end());
    if (auto j = joined.find(m); j != joined.end())
      for (const std::string& e : j->second)
        out.listed[m].insert(targets.at(e).files.begin(),
                             targets.at(e).files.end());
    out.all_links[m].assign(all.begin(), all.end());
    out.config.modules.push_back(std::move(dm));
  }
  std::sort(out.config.modules.begin(), out.config.modules.end(),
            [](const DraftModule& a, const DraftModule& b) {
              return a.name < b.name;
            });
  out.config.exclude.clear();
  for (const std::string& v : vendored) out.config.exclude.push_back(v + "/**");
  out.config.depends_on_mode = "transitive";
  std::sort(out.skipped.begin(), out.skipped.end());
  return out;
}

}  // namespace seams
