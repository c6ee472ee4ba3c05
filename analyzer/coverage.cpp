// Implements coverage.h.
#include "analyzer/coverage.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "analyzer/link.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

std::string_view extension(std::string_view path) {
  const auto slash = path.rfind('/');
  const std::string_view name =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view()
                                                   : name.substr(dot + 1);
}

bool is_source_or_header(std::string_view path) {
  // `.inc`/`.def` files are fragments included mid-file, never parsed alone.
  static constexpr std::array<std::string_view, 14> kExtensions = {
      "c",  "cc",  "cpp", "cxx", "c++", "C",   "h",
      "hh", "hpp", "hxx", "h++", "inl", "ipp", "tcc"};
  const std::string_view ext = extension(path);
  return std::find(kExtensions.begin(), kExtensions.end(), ext) !=
         kExtensions.end();
}

bool any_glob_may_match_below(const ModuleMap& map, std::string_view dir) {
  for (const ModuleConfig& m : map.config().modules)
    for (const PatternRef& p : m.paths)
      if (p.glob.may_match_below(dir)) return true;
  return false;
}

// Visits the C and C++ files under root/rel_dir in name order; `wants_below`
// prunes directories.
void walk(const fs::path& root, const std::string& rel_dir,
          const std::function<bool(const std::string&)>& wants_below,
          const std::function<void(const std::string&)>& visit) {
  std::error_code ec;
  if (!rel_dir.empty() && fs::exists(root / rel_dir / "CMakeCache.txt", ec))
    return;  // a build tree: generated files belong to no module
  std::vector<std::pair<std::string, bool>> entries;  // name, is a directory
  fs::directory_iterator it(root / rel_dir,
                            fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const fs::file_status own = it->symlink_status(ec);
    if (ec) {
      ec.clear();
      continue;
    }
    if (fs::is_directory(own)) {
      if (!name.starts_with(".")) entries.emplace_back(name, true);
    } else if (fs::is_regular_file(it->status(ec)) && !ec) {
      entries.emplace_back(name, false);
    }
    ec.clear();
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& [name, is_dir] : entries) {
    const std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;
    if (is_dir) {
      if (wants_below(rel)) walk(root, rel, wants_below, visit);
      continue;
    }
    if (is_source_or_header(rel)) visit(rel);
  }
}

// The directories a command searches for includes (-I, -isystem, -iquote,
// -idirafter; joined or separate), as written: compile_db.cpp made them
// absolute.
std::vector<std::string> include_dirs(const std::vector<std::string>& args) {
  static constexpr std::array<std::string_view, 4> kFlags = {
      "-I", "-isystem", "-iquote", "-idirafter"};
  std::vector<std::string> out;
  for (std::size_t i = 0; i < args.size(); ++i)
    for (std::string_view flag : kFlags) {
      if (!std::string_view(args[i]).starts_with(flag)) continue;
      if (args[i].size() > flag.size())
        out.push_back(args[i].substr(flag.size()));
      else if (i + 1 < args.size())
        out.push_back(args[i + 1]);
      break;
    }
  for (std::string& d : out) d = fs::path(d).lexically_normal().string();
  for (std::string& d : out)
    while (d.size() > 1 && d.back() == '/') d.pop_back();
  return out;
}

std::string dir_of(const std::string& rel) {
  const auto slash = rel.rfind('/');
  return slash == std::string::npos ? "" : rel.substr(0, slash);
}

// The names spelled in `path`'s #include lines ("a/b.h" for both quote and
// angle forms), read from at most its first 4 MiB.
std::vector<std::string> spelled_includes(const fs::path& path) {
  std::vector<std::string> out;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  std::size_t bytes = 0;
  while (bytes < (4u << 20) && std::getline(in, line)) {
    bytes += line.size() + 1;
    std::size_t i = line.find_first_not_of(" \t");
    if (i == std::string::npos || line[i] != '#') continue;
    i = line.find_first_not_of(" \t", i + 1);
    if (i == std::string::npos || line.compare(i, 7, "include") != 0) continue;
    const std::size_t open = line.find_first_of("\"<", i + 7);
    if (open == std::string::npos) continue;
    const std::size_t close =
        line.find(line[open] == '"' ? '"' : '>', open + 1);
    if (close != std::string::npos && close > open + 1)
      out.push_back(line.substr(open + 1, close - open - 1));
  }
  return out;
}

std::string_view base_name(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

// Calls `edge(i, j)` for each header i whose #include lines name header j
// (matched on the path's tail, i != j).
template <class Edge>
void for_each_include(const std::vector<std::string>& headers,
                      const std::string& root, Edge edge) {
  std::map<std::string_view, std::vector<std::size_t>> by_name;
  for (std::size_t i = 0; i < headers.size(); ++i)
    by_name[base_name(headers[i])].push_back(i);
  for (std::size_t i = 0; i < headers.size(); ++i)
    for (const std::string& spelled :
         spelled_includes(fs::path(root) / headers[i])) {
      auto it = by_name.find(base_name(spelled));
      if (it == by_name.end()) continue;
      for (std::size_t j : it->second) {
        const std::string& h = headers[j];
        if (j != i && (h == spelled || h.ends_with("/" + spelled))) edge(i, j);
      }
    }
}

std::vector<std::string> include_roots(const std::vector<std::string>& headers,
                                       const std::string& root) {
  std::vector<bool> included(headers.size(), false);
  for_each_include(headers, root,
                   [&](std::size_t, std::size_t j) { included[j] = true; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (!included[i]) out.push_back(headers[i]);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::size_t> include_components(
    const std::vector<std::string>& headers, const std::string& root) {
  std::vector<std::size_t> parent(headers.size());
  for (std::size_t i = 0; i < headers.size(); ++i) parent[i] = i;
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for_each_include(headers, root, [&](std::size_t i, std::size_t j) {
    const std::size_t a = find(i), b = find(j);
    parent[std::max(a, b)] = std::min(a, b);
  });
  std::vector<std::size_t> out(headers.size());
  for (std::size_t i = 0; i < headers.size(); ++i) out[i] = find(i);
  return out;
}

std::vector<std::string> owned_files_on_disk(const ModuleMap& map) {
  std::vector<std::string> out;
  auto wants = [&](const std::string& dir) {
    return any_glob_may_match_below(map, dir);
  };
  if (wants(""))
    walk(map.config().root, "", wants, [&](const std::string& rel) {
      if (map.peek(rel, looks_like_header(rel)).cls == FileClass::owned)
        out.push_back(rel);
    });
  return out;
}

std::vector<std::string> source_files_on_disk(const std::string& root) {
  std::vector<std::string> out;
  walk(
      root, "", [](const std::string&) { return true; },
      [&](const std::string& rel) { out.push_back(rel); });
  return out;
}
std::vector<std::size_t> header_flag_sources(
    const std::vector<std::string>& headers,
    const std::vector<CompileCommand>& tus, const ModuleMap& map,
    const std::string& root) {
  if (tus.empty()) return {};
  // C++ TUs first, then by path, so every choice below is the first C++ TU by
  // path where there is one: a header is parsed as C only beside C sources
  // alone (BDE: 69 C++ headers took the flags of its vendored C library,
  // the most common flag set, and failed to parse as C).
  std::vector<const CompileCommand*> sorted;
  for (const auto& c : tus) sorted.push_back(&c);
  auto is_c = [](const CompileCommand* c) { return c->file.ends_with(".c"); };
  std::sort(sorted.begin(), sorted.end(), [&](const auto* a, const auto* b) {
    return std::pair(is_c(a), a->file) < std::pair(is_c(b), b->file);
  });
  std::map<std::string, const CompileCommand*> by_dir;
  std::map<std::size_t, const CompileCommand*> by_module;
  std::map<std::string, const CompileCommand*> by_include_dir;  // absolute
  std::map<std::vector<std::string>, std::pair<int, const CompileCommand*>>
      flag_sets;
  for (const CompileCommand* c : sorted) {
    const std::string rel = relative_to_root(c->file, root);
    by_dir.try_emplace(dir_of(rel), c);
    FileOwner o = map.peek(rel, false);
    if (o.cls == FileClass::owned)
      by_module.try_emplace(static_cast<std::size_t>(o.module), c);
    std::vector<std::string> flags = clang_arguments(*c).args;
    flags.pop_back();  // the main file
    for (const std::string& d : include_dirs(flags))
      by_include_dir.try_emplace(d, c);
    auto [it, fresh] = flag_sets.try_emplace(flags, 0, c);
    ++it->second.first;
  }
  const CompileCommand* common = nullptr;
  int best = 0;
  for (const auto& [flags, count_and_first] : flag_sets) {
    const auto& [count, first] = count_and_first;
    // The most common C++ flag set; C flags only when no TU is C++.
    auto key = [&](const CompileCommand* c, int n) {
      return std::tuple(is_c(c), -n, c->file);
    };
    if (!common || key(first, count) < key(common, best))
      best = count, common = first;
  }
  std::vector<std::size_t> out;
  for (const std::string& h : headers) {
    const CompileCommand* like = common;
    if (auto it = by_dir.find(dir_of(h)); it != by_dir.end()) {
      like = it->second;
    } else if (FileOwner o = map.peek(h, true);
               o.cls == FileClass::owned &&
               by_module.contains(static_cast<std::size_t>(o.module))) {
      like = by_module.at(static_cast<std::size_t>(o.module));
    } else {
      // A module without TUs (header-only): a TU whose include path holds
      // the header's directory, or the nearest ancestor — its flags were
      // made to include such headers (BDE's bsl+bslhdrs, whose headers
      // include each other with <...>).
      for (fs::path d = fs::path(root) / dir_of(h); !d.empty();
           d = d.parent_path()) {
        if (auto found = by_include_dir.find(d.string());
            found != by_include_dir.end()) {
          like = found->second;
          break;
        }
        if (d == d.parent_path() || d.string().size() <= root.size()) break;
      }
    }
    out.push_back(static_cast<std::size_t>(like - tus.data()));
  }
  return out;
}

std::vector<CompileCommand> header_commands(
    const std::vector<std::string>& headers,
    const std::vector<CompileCommand>& tus, const ModuleMap& map,
    const std::string& root) {
  const std::vector<std::size_t> like =
      header_flag_sources(headers, tus, map, root);
  std::vector<CompileCommand> out;
  for (std::size_t i = 0; i < like.size(); ++i)
    out.push_back(
        header_command(tus[like[i]], (fs::path(root) / headers[i]).string()));
  return out;
}

}  // namespace seams
