// Implements libraries.h. Most uses of external code name a handful of
// headers many times over: which library a header belongs to is decided once
// per header, and a symbol's namespace once per name.
#include "graph/libraries.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace seams {

std::vector<std::string> include_names(
    const std::string& path, const std::vector<std::string>& include_dirs) {
  std::vector<std::string> out;
  for (const std::string& dir : include_dirs)
    if (path.size() > dir.size() + 1 && path.starts_with(dir) &&
        path[dir.size()] == '/')
      out.push_back(path.substr(dir.size() + 1));
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::pair(a.size(), a) < std::pair(b.size(), b);
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// The include as spelled, without its <> or "".
std::string spelled_name(const std::string& spelled) {
  return spelled.size() >= 2 ? spelled.substr(1, spelled.size() - 2) : spelled;
}

struct Header {
  std::optional<std::size_t> library;  // index into config().externals
  std::string shown;  // how evidence names it: "<openssl/ssl.h>", or its path
};

}  // namespace

void add_library_edges(ModuleGraph& graph,
                       const std::vector<FileUse>& external_uses,
                       const std::vector<std::string>& include_dirs,
                       const ModuleMap& map,
                       const std::vector<std::string>& main_files_rel,
                       Diagnostics& diags) {
  const std::unordered_set<std::string_view> mains(main_files_rel.begin(),
                                                   main_files_rel.end());
  std::unordered_map<std::string, Header> headers;
  std::unordered_map<std::string, std::optional<std::size_t>> namespaces;
  std::map<std::pair<ModuleId, ModuleId>, ModuleEdge> edges;
  std::string last_from;
  FileOwner from;
  for (const FileUse& u : external_uses) {
    if (u.from != last_from || last_from.empty()) {
      last_from = u.from;
      from = map.classify(
          u.from, !mains.contains(u.from) || looks_like_header(u.from), diags);
    }
    if (from.cls != FileClass::owned) continue;
    auto [h, fresh] = headers.try_emplace(u.to);
    if (fresh) {
      const std::vector<std::string> names = include_names(u.to, include_dirs);
      h->second.library = map.library_by_file(u.to, names);
      h->second.shown = names.empty() ? u.to : "<" + names.front() + ">";
    }
    std::optional<std::size_t> library = h->second.library;
    // The include as written names the header too ("<openssl/ssl.h>" through
    // a -I directory no other include of it used).
    // The library declared first wins, whichever way it claims the use.
    auto take = [&](std::optional<std::size_t> other) {
      if (other && (!library || *other < *library)) library = other;
    };
    if (u.kind == UseKind::include)
      take(map.library_by_file(u.to, {spelled_name(u.symbol)}));
    if (u.kind == UseKind::symbol) {
      auto [ns, first] = namespaces.try_emplace(u.symbol);
      if (first) ns->second = map.library_by_namespace(u.symbol);
      take(ns->second);
    }
    const ModuleId to =
        library ? map.library_id(*library) : map.other_library();
    ModuleEdge& e = edges[{from.module, to}];
    e.from = from.module;
    e.to = to;
    e.add(u.kind);
    e.evidence.push_back({u.from, u.line, u.column, u.kind, u.symbol,
                          h->second.shown, u.context, true});
  }
  for (auto& [key, e] : edges) {
    // Uses come sorted by position, so evidence mostly is already.
    if (!std::is_sorted(e.evidence.begin(), e.evidence.end()))
      std::sort(e.evidence.begin(), e.evidence.end());
    graph.add_library_edge(std::move(e));
  }
}

}  // namespace seams
