// Implements the link step (see link.h).
#include "analyzer/link.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace seams {

std::string relative_to_root(const std::string& abs, const std::string& root) {
  if (abs.size() > root.size() && abs.starts_with(root) &&
      abs[root.size()] == '/')
    return abs.substr(root.size() + 1);
  return abs;
}

namespace {

// The project's include graph: what a file reaches through its own includes,
// with the fewest hops (the file itself at 0).
class IncludeGraph {
 public:
  explicit IncludeGraph(const std::vector<RawUse>& uses) {
    for (const RawUse& u : uses)
      if (u.kind == UseKind::include) edges_[u.file].push_back(u.target_file);
    for (auto& [file, to] : edges_) {
      std::sort(to.begin(), to.end());
      to.erase(std::unique(to.begin(), to.end()), to.end());
    }
  }

  std::unordered_map<Atom, int> reach(const Atom& file) const {
    std::unordered_map<Atom, int> dist{{file, 0}};
    std::deque<Atom> queue{file};
    while (!queue.empty()) {
      const Atom cur = queue.front();
      queue.pop_front();
      auto it = edges_.find(cur);
      if (it == edges_.end()) continue;
      for (const Atom& next : it->second)
        if (dist.try_emplace(next, dist[cur] + 1).second) queue.push_back(next);
    }
    return dist;
  }

 private:
  std::unordered_map<Atom, std::vector<Atom>> edges_;
};

using DeclRange = std::pair<std::vector<DeclFact>::const_iterator,
                            std::vector<DeclFact>::const_iterator>;

DeclRange decls_of(const std::vector<DeclFact>& decls, const Atom& usr) {
  auto lo = std::lower_bound(
      decls.begin(), decls.end(), usr,
      [](const DeclFact& d, const Atom& u) { return d.usr < u; });
  auto hi = lo;
  while (hi != decls.end() && hi->usr == usr) ++hi;
  return {lo, hi};
}

// The file of a use being resolved, with what it reaches (computed once per
// file, on the first use that needs it: uses are sorted by file).
class UsingFile {
 public:
  explicit UsingFile(const IncludeGraph& g) : graph_(g) {}
  void set(const Atom& file) {
    if (file == file_) return;
    file_ = file;
    reach_.reset();
  }
  // Hops from the file to `f`, or -1 when it does not reach `f`.
  int distance(const Atom& f) {
    if (!reach_) reach_ = graph_.reach(file_);
    auto it = reach_->find(f);
    return it == reach_->end() ? -1 : it->second;
  }

 private:
  const IncludeGraph& graph_;
  Atom file_;
  std::optional<std::unordered_map<Atom, int>> reach_;
};

struct Resolution {
  const Atom* home = nullptr;
  UseKind kind = UseKind::symbol;
  const Atom* declared_in = nullptr;  // declaration uses only
  int visible = 0;  // distinct visible candidates the home was picked from
};

// Among the declarations of `range` passing `pred`: the one the file reaches
// with the fewest hops — the TU's own answer first, then by path — and how
// many files were candidates. Only reachable ones when `reachable_only`.
template <typename Pred>
std::pair<const Atom*, int> closest(DeclRange range, const Atom& hint,
                                    UsingFile& at, bool reachable_only,
                                    Pred pred, bool nearest_first = false) {
  const Atom* best = nullptr;
  std::tuple<int, int, const std::string*> best_key;
  std::unordered_set<const std::string*> seen;
  for (auto it = range.first; it != range.second; ++it) {
    if (!pred(*it)) continue;
    int d = at.distance(it->file);
    if (reachable_only && d < 0) continue;
    seen.insert(&it->file.str());
    // Unreachable candidates (reachable_only = false) rank by path alone.
    // A type: the definition the TU saw first. A function: the header the
    // file includes most directly (its public header, not the internal one
    // that happens to declare it first).
    const int dist = d < 0 ? 0 : d;
    const int not_hint = it->file != hint;
    auto key = nearest_first ? std::tuple{dist, not_hint, &it->file.str()}
                             : std::tuple{not_hint, dist, &it->file.str()};
    auto less = [](const auto& a, const auto& b) {
      return std::tie(std::get<0>(a), std::get<1>(a), *std::get<2>(a)) <
             std::tie(std::get<0>(b), std::get<1>(b), *std::get<2>(b));
    };
    if (!best || less(key, best_key)) best = &it->file, best_key = key;
  }
  return {best, static_cast<int>(seen.size())};
}

bool declares(DeclRange range, const Atom& file, bool definition) {
  for (auto it = range.first; it != range.second; ++it)
    if (it->file == file && it->is_definition == definition) return true;
  return false;
}

// A class, enum or alias: the definition the file sees, else the forward
// declaration it sees.
Resolution resolve_type(DeclRange range, const RawUse& use, UsingFile& at) {
  auto is_def = [](const DeclFact& d) { return d.is_definition; };
  auto is_decl = [](const DeclFact& d) { return !d.is_definition; };
  if (auto [def, n] = closest(range, use.target_file, at, true, is_def); def)
    return {def, UseKind::symbol, nullptr, n};
  const Atom* declared =
      closest(range, use.target_file, at, true, is_decl).first;
  if (!declared) {
    // Not self-contained: the file relies on its includer for the name; keep
    // what the TU resolved.
    if (declares(range, use.target_file, true))
      return {&use.target_file, UseKind::symbol, nullptr, 1};
    declared = &use.target_file;
  }
  // Only a declaration is visible. Its definition (when the project has one)
  // says which module the name belongs to.
  auto [def, n] = closest(range, use.target_file, at, false, is_def);
  return {def ? def : declared, UseKind::declaration, declared, n};
}

Resolution resolve_function_or_variable(
    DeclRange range, const RawUse& use, UsingFile& at,
    const std::unordered_set<std::string_view>& main_files) {
  auto in_header = [&](const DeclFact& d) {
    return !main_files.contains(d.file.str());
  };
  auto is_def = [](const DeclFact& d) { return d.is_definition; };
  // What the file reaches first — a declaring header, else a definition (a
  // test's own class with a core class's name: its inline methods share their
  // USRs) — then the project's headers, then its definitions (a function the
  // file declares itself and another module defines). Several headers
  // declaring one function is ordinary redeclaration, not a collision: no note.
  for (bool reachable_only : {true, false}) {
    for (bool header : {true, false}) {
      auto pred = [&](const DeclFact& d) {
        return header ? in_header(d) : is_def(d);
      };
      if (const Atom* f = closest(range, use.target_file, at, reachable_only,
                                  pred, /*nearest_first=*/true)
                              .first)
        return {f, UseKind::symbol, nullptr, 1};
    }
  }
  return {&use.target_file, UseKind::symbol, nullptr, 1};
}

Resolution resolve(const std::vector<DeclFact>& decls, const RawUse& use,
                   UsingFile& at,
                   const std::unordered_set<std::string_view>& main_files) {
  if (use.kind != UseKind::symbol && use.kind != UseKind::candidate)
    return {&use.target_file, use.kind};
  DeclRange range = decls_of(decls, use.usr);
  if (range.first == range.second) return {&use.target_file, use.kind};
  switch (range.first->kind) {
    case DeclKind::type:
      return resolve_type(range, use, at);
    case DeclKind::function:
    case DeclKind::variable:
      return resolve_function_or_variable(range, use, at, main_files);
    case DeclKind::other:
      break;
  }
  return {&use.target_file, use.kind};
}

// Of each dependent call's candidates that the using file reaches (sorted, so
// one call's are adjacent): one symbol use when all homes are in one module —
// without `module_of`, in one file — else none. A candidate at home in the
// using file itself takes part: the call may resolve to it.
void settle_candidates(std::vector<FileUse>& candidates,
                       const ModuleOf& module_of, std::vector<FileUse>& out) {
  std::sort(candidates.begin(), candidates.end());
  for (std::size_t i = 0; i < candidates.size();) {
    std::size_t j = i + 1;
    auto same_call = [&](const FileUse& a, const FileUse& b) {
      return std::tie(a.from, a.line, a.column) ==
             std::tie(b.from, b.line, b.column);
    };
    while (j < candidates.size() && same_call(candidates[i], candidates[j]))
      ++j;
    std::optional<std::size_t> module;
    bool one_module = true;
    for (std::size_t k = i; k < j && one_module; ++k) {
      if (!module_of) {
        one_module = candidates[k].to == candidates[i].to;
        continue;
      }
      const auto m = module_of(candidates[k].to);
      one_module = m && (!module || *module == *m);
      module = m;
    }
    // The first by home path; a home in the using file itself is no edge.
    if (one_module && candidates[i].to != candidates[i].from) {
      candidates[i].kind = UseKind::symbol;
      out.push_back(std::move(candidates[i]));
    }
    i = j;
  }
}

}  // namespace

std::vector<FileUse> link_uses(const ProjectFacts& facts,
                               const std::string& root,
                               std::vector<LinkNote>* notes,
                               const ModuleOf& module_of) {
  std::unordered_set<std::string_view> main_files(facts.main_files.begin(),
                                                  facts.main_files.end());
  const IncludeGraph includes(facts.uses);
  UsingFile at(includes);
  std::vector<FileUse> out, candidates;
  out.reserve(facts.uses.size());
  for (const RawUse& use : facts.uses) {
    at.set(use.file);
    // A macro tested (#if, #ifdef, ...) by a file that does not reach its
    // #define through its own includes is a configuration input its includer
    // sets (a vendored header's `#ifndef CONFIG_X`), not a dependency.
    if (use.kind == UseKind::macro && use.context == kMacroTestContext &&
        at.distance(use.target_file) < 0)
      continue;
    const Resolution r = resolve(facts.decls, use, at, main_files);
    if (notes && r.visible > 1 && r.kind == UseKind::symbol)
      notes->push_back({relative_to_root(use.file, root), use.line, use.column,
                        fmt::format("{} has {} visible definitions; chose {}",
                                    use.symbol.str(), r.visible,
                                    relative_to_root(*r.home, root))});
    if (use.kind == UseKind::candidate) {
      // Only what the file reaches: the TU's lookup also saw overloads its
      // includer declared before including it (BDE: a bsl template "calling"
      // bdl's operator==).
      if (at.distance(*r.home) < 0) continue;
      candidates.push_back({relative_to_root(use.file, root), use.line,
                            use.column, UseKind::candidate, use.symbol,
                            relative_to_root(*r.home, root), use.context, ""});
      continue;
    }
    if (*r.home == use.file && r.kind != UseKind::declaration) continue;
    FileUse u{relative_to_root(use.file, root),
              use.line,
              use.column,
              r.kind,
              use.symbol,
              relative_to_root(*r.home, root),
              use.context,
              r.declared_in ? relative_to_root(*r.declared_in, root) : ""};
    // A name the file declares and defines itself stays inside it.
    if (u.kind == UseKind::declaration && u.to == u.from) continue;
    out.push_back(std::move(u));
  }
  settle_candidates(candidates, module_of, out);
  std::sort(out.begin(), out.end());
  // One use, one entry: the same use seen in several contexts (a template's
  // instantiations, a header's TUs) keeps the first context by sort order.
  auto same_use = [](const FileUse& a, const FileUse& b) {
    return std::tie(a.from, a.line, a.column, a.kind, a.symbol, a.to,
                    a.declared_in) == std::tie(b.from, b.line, b.column, b.kind,
                                               b.symbol, b.to, b.declared_in);
  };
  out.erase(std::unique(out.begin(), out.end(), same_use), out.end());
  if (notes) {
    std::sort(notes->begin(), notes->end());
    notes->erase(std::unique(notes->begin(), notes->end()), notes->end());
  }
  return out;
}

std::vector<FileUse> link_external_uses(const ProjectFacts& facts,
                                        const std::string& root) {
  // `facts.external_uses` is sorted (FactsMerger) by where the use is written,
  // then kind and symbol, and every such file is inside the root: relative
  // paths keep that order, so no sort is needed, and one relative path serves
  // all the uses of a file.
  std::vector<FileUse> out;
  out.reserve(facts.external_uses.size());
  Atom last_file;
  std::string from;
  for (const RawUse& u : facts.external_uses) {
    if (out.empty() || u.file != last_file) {
      last_file = u.file;
      from = relative_to_root(u.file.str(), root);
    }
    if (!out.empty()) {
      const FileUse& prev = out.back();
      if (prev.line == u.line && prev.column == u.column &&
          prev.kind == u.kind && prev.from == from && prev.symbol == u.symbol)
        continue;  // the same use, found in another file by another TU
    }
    out.push_back({from, u.line, u.column, u.kind, u.symbol.str(),
                   u.target_file.str(), u.context.str()});
  }
  // (Facts put together by hand, as tests do, may come unsorted.)
  if (!std::is_sorted(out.begin(), out.end())) {
    ProjectFacts sorted;
    sorted.external_uses = facts.external_uses;
    std::sort(sorted.external_uses.begin(), sorted.external_uses.end());
    return link_external_uses(sorted, root);
  }
  return out;
}

}  // namespace seams
