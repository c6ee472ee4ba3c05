// Implements tree_draft.h.
#include "drafts/tree_draft.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace seams {
namespace {

std::string lower(std::string_view s) {
  std::string out;
  for (const char c : s)
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool one_of(std::string_view name,
            std::initializer_list<std::string_view> set) {
  const std::string l = lower(name);
  return std::find(set.begin(), set.end(), l) != set.end();
}

bool is_container(std::string_view name) {
  return one_of(name, {"src", "source", "sources", "lib", "libs", "modules",
                       "components", "packages", "include", "inc"});
}

bool is_include_dir(std::string_view name) {
  return one_of(name, {"include", "inc"});
}

// The first `n` segments of a path, or "" when it has fewer directories.
std::string dir_prefix(const std::string& path, int n) {
  std::size_t pos = 0;
  for (int i = 0; i < n; ++i) {
    pos = path.find('/', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  return path.substr(0, pos - 1);
}

struct Candidate {
  std::string dir;        // "src/net", "net", "src" (loose files), "" (root)
  bool loose = false;     // only the files directly in `dir`
  std::string container;  // "src" for src/net; "" for a top-level module
  std::string base;       // the folder's own name
};

}  // namespace

bool is_vendor_dir(std::string_view name) {
  return one_of(
      name, {"third_party", "third-party", "thirdparty", "3rdparty", "vendor",
             "vendored", "external", "externals", "extern", "deps"});
}

std::string module_name_from(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    out += std::isalnum(u) || c == '_' || c == '.' || c == '+' || c == '-' ||
                   c == '/'
               ? c
               : '_';
  }
  return out.empty() ? "_" : out;
}

DraftConfig draft_from_tree(const std::vector<std::string>& files) {
  DraftConfig d;
  std::set<std::string> vendor;
  std::map<std::string, Candidate> found;    // by dir (+ "*" when loose)
  std::set<std::string> has_include_subdir;  // module dirs with include/
  for (const std::string& f : files) {
    const std::string top = dir_prefix(f, 1);
    if (top.empty()) {
      found.try_emplace("*", Candidate{"", true, "", "root"});
      continue;
    }
    if (is_vendor_dir(top)) {
      vendor.insert(top);
      continue;
    }
    std::string dir = top;
    Candidate c{top, false, "", top};
    if (is_container(top)) {
      const std::string second = dir_prefix(f, 2);
      if (second.empty()) {
        c = Candidate{top, true, top, top};
        found.try_emplace(top + "/*", c);
        continue;
      }
      const std::string base = second.substr(top.size() + 1);
      if (is_vendor_dir(base)) {
        vendor.insert(second);
        continue;
      }
      c = Candidate{second, false, top, base};
      dir = second;
    }
    found.try_emplace(dir, c);
    const std::string rest = f.substr(dir.size() + 1);
    const auto slash = rest.find('/');
    if (slash != std::string::npos && is_include_dir(rest.substr(0, slash)))
      has_include_subdir.insert(dir);
  }
  // include/NAME pairs with NAME of another container.
  std::map<std::string, std::string> pair_of;  // include/NAME -> src/NAME
  for (const auto& [key, c] : found) {
    if (c.loose || !is_include_dir(c.container)) continue;
    for (const auto& [key2, c2] : found)
      if (!c2.loose && !c2.container.empty() && !is_include_dir(c2.container) &&
          c2.base == c.base) {
        pair_of.emplace(c.dir, c2.dir);
        break;
      }
  }
  // Names: the folder's own name, its path where two share one.
  std::map<std::string, int> uses;
  for (const auto& [key, c] : found)
    if (!pair_of.count(c.dir)) ++uses[c.base];
  std::map<std::string, DraftModule> modules;
  std::map<std::string, std::string> name_of_dir;
  for (const auto& [key, c] : found) {
    if (pair_of.count(c.dir)) continue;
    std::string name =
        module_name_from(uses[c.base] > 1 && !c.dir.empty() ? c.dir : c.base);
    // A name taken after sanitizing ("a b" and "a_b"): the later is numbered.
    for (int n = 2; modules.count(name); ++n)
      name = module_name_from(c.base) + "_" + std::to_string(n);
    DraftModule m;
    m.name = name;
    if (c.dir.empty()) {
      m.paths = {"*"};
      m.notes = {"the files at the project's root"};
    } else if (c.loose) {
      m.paths = {c.dir + "/*"};
      m.notes = {"the files directly in " + c.dir + "/"};
    } else {
      m.paths = {c.dir + "/**"};
    }
    if (has_include_subdir.count(c.dir)) {
      for (const std::string& f : files)
        if (f.starts_with(c.dir + "/include/")) {
          m.public_ = {c.dir + "/include/**"};
          break;
        } else if (f.starts_with(c.dir + "/inc/")) {
          m.public_ = {c.dir + "/inc/**"};
          break;
        }
    }
    name_of_dir[key] = name;
    modules.emplace(name, std::move(m));
  }
  for (const auto& [inc, src] : pair_of) {
    DraftModule& m = modules.at(name_of_dir.at(src));
    m.paths.push_back(inc + "/**");
    m.public_ = {inc + "/**"};
    m.notes.push_back("its public headers are in " + inc + "/");
  }
  for (const std::string& v : vendor) d.exclude.push_back(v + "/**");
  for (auto& [name, m] : modules) d.modules.push_back(std::move(m));
  return d;
}

}  // namespace seams
