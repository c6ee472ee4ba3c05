// Maps a project file (a path relative to the config's directory) to its
// module, using the config's globs: consumes a Config, produces FileOwner
// values. Called for every file of the project, so classification only walks
// the compiled globs and does not allocate.
#include "config/module_map.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <numeric>

namespace seams {

namespace {

bool is_external(std::string_view path) {
  return path.starts_with('/') || path == ".." || path.starts_with("../");
}

bool any_matches(const std::vector<PatternRef>& patterns,
                 std::string_view path) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const PatternRef& p) { return p.glob.matches(path); });
}

}  // namespace

ModuleMap::ModuleMap(const Config& config) : config_(&config) {
  const std::vector<ModuleConfig>& modules = config.modules;
  config_index_.resize(modules.size());
  std::iota(config_index_.begin(), config_index_.end(), std::size_t{0});
  std::stable_sort(config_index_.begin(), config_index_.end(),
                   [&](std::size_t a, std::size_t b) {
                     return modules[a].name < modules[b].name;
                   });
  ids_.resize(modules.size());
  for (std::size_t id = 0; id < config_index_.size(); ++id) {
    names_.push_back(modules[config_index_[id]].name);
    ids_[config_index_[id]] = static_cast<ModuleId>(id);
  }
  const std::vector<ExternalConfig>& libraries = config.externals;
  std::vector<std::size_t> order(libraries.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) {
                     return libraries[a].name < libraries[b].name;
                   });
  library_ids_.resize(libraries.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    library_names_.push_back(std::string(kExternalPrefix) +
                             libraries[order[i]].name);
    library_ids_[order[i]] = static_cast<ModuleId>(names_.size() + i);
  }
  library_names_.push_back(std::string(kExternalPrefix) +
                           std::string(kOtherExternal));
}

std::optional<std::size_t> ModuleMap::library_by_file(
    std::string_view path,
    const std::vector<std::string>& include_names) const {
  const bool absolute = path.starts_with('/');
  const std::string_view tail = absolute ? path.substr(1) : path;
  const std::vector<ExternalConfig>& libraries = config_->externals;
  for (std::size_t i = 0; i < libraries.size(); ++i) {
    if (any_matches(absolute ? libraries[i].absolute_paths : libraries[i].paths,
                    tail))
      return i;
    for (const std::string& name : include_names)
      if (any_matches(libraries[i].includes, name)) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> ModuleMap::library_by_namespace(
    std::string_view symbol) const {
  if (symbol.starts_with("::")) symbol.remove_prefix(2);
  const std::vector<ExternalConfig>& libraries = config_->externals;
  for (std::size_t i = 0; i < libraries.size(); ++i)
    for (const NameRef& ns : libraries[i].namespaces)
      if (symbol.size() > ns.name.size() + 2 && symbol.starts_with(ns.name) &&
          symbol.substr(ns.name.size(), 2) == "::")
        return i;
  return std::nullopt;
}

FileOwner ModuleMap::peek(std::string_view rel_path, bool is_header) const {
  return classify_impl(rel_path, is_header, nullptr);
}

FileOwner ModuleMap::classify(std::string_view rel_path, bool is_header,
                              Diagnostics& diags) const {
  return classify_impl(rel_path, is_header, &diags);
}

FileOwner ModuleMap::classify_impl(std::string_view rel_path, bool is_header,
                                   Diagnostics* diags) const {
  while (rel_path.starts_with("./")) rel_path.remove_prefix(2);
  if (is_external(rel_path)) return {FileClass::external};
  // A library's `paths` are an explicit claim: they win over modules and
  // `exclude`.
  if (const auto lib = library_by_file(rel_path, {}))
    return {FileClass::library, library_ids_[*lib], true};
  if (any_matches(config_->exclude, rel_path)) return {FileClass::excluded};

  const std::vector<ModuleConfig>& modules = config_->modules;
  const PatternRef* best = nullptr;
  std::size_t best_module = 0;
  bool tie = false;  // another module matches as specifically as `best`
  for (std::size_t m = 0; m < modules.size(); ++m) {
    for (const PatternRef& p : modules[m].paths) {
      // Less specific globs cannot win, so skip matching them at all.
      if (best != nullptr && p.glob.specificity() < best->glob.specificity())
        continue;
      if (!p.glob.matches(rel_path)) continue;
      if (best == nullptr || best->glob.specificity() < p.glob.specificity()) {
        best = &p;
        best_module = m;
        tie = false;
      } else if (m != best_module) {
        tie = true;
      }
    }
  }
  if (best == nullptr) return {FileClass::unowned};
  if (tie && diags) report_ambiguities(rel_path, *best, best_module, *diags);

  const ModuleConfig& owner = modules[best_module];
  const bool is_public =
      owner.public_ ? any_matches(*owner.public_, rel_path) : is_header;
  return {FileClass::owned, ids_[best_module], is_public};
}

Ownership ModuleMap::explain(std::string_view rel_path, bool is_header) const {
  while (rel_path.starts_with("./")) rel_path.remove_prefix(2);
  Ownership out;
  if (is_external(rel_path)) return out;
  const std::vector<ExternalConfig>& libraries = config_->externals;
  for (std::size_t i = 0; i < libraries.size() && !out.library; ++i)
    for (const PatternRef& p : libraries[i].paths)
      if (!out.library && p.glob.matches(rel_path))
        out.library = OwnerGlob{library_ids_[i], &p};
  if (out.library) {
    out.cls = FileClass::library;
    return out;
  }
  for (const PatternRef& p : config_->exclude) {
    if (p.glob.matches(rel_path)) out.excluded_by.push_back(&p);
  }
  const std::vector<ModuleConfig>& modules = config_->modules;
  for (std::size_t m = 0; m < modules.size(); ++m) {
    for (const PatternRef& p : modules[m].paths) {
      if (p.glob.matches(rel_path)) out.matches.push_back({ids_[m], &p});
    }
  }
  // Stable: among equally specific globs the first declared owns the file, as
  // in `classify`.
  std::stable_sort(out.matches.begin(), out.matches.end(),
                   [](const OwnerGlob& a, const OwnerGlob& b) {
                     return b.pattern->glob.specificity() <
                            a.pattern->glob.specificity();
                   });
  if (!out.excluded_by.empty()) {
    out.cls = FileClass::excluded;
    return out;
  }
  if (out.matches.empty()) {
    out.cls = FileClass::unowned;
    return out;
  }
  const OwnerGlob& winner = out.matches.front();
  out.cls = FileClass::owned;
  out.tie = std::any_of(out.matches.begin() + 1, out.matches.end(),
                        [&](const OwnerGlob& g) {
                          return g.module != winner.module &&
                                 g.pattern->glob.specificity() ==
                                     winner.pattern->glob.specificity();
                        });
  const ModuleConfig& owner = module_config(winner.module);
  if (!owner.public_) {
    out.is_public = is_header;
    return out;
  }
  for (const PatternRef& p : *owner.public_) {
    if (p.glob.matches(rel_path)) {
      out.public_by = &p;
      break;
    }
  }
  out.is_public = out.public_by != nullptr;
  return out;
}

/// Reports every other module's glob that matches `rel_path` exactly as
/// specifically as `best`, once per pair of globs, at the later glob (the one
/// that loses the tie).
void ModuleMap::report_ambiguities(std::string_view rel_path,
                                   const PatternRef& best,
                                   std::size_t best_module,
                                   Diagnostics& diags) const {
  const std::vector<ModuleConfig>& modules = config_->modules;
  const std::string shown = config_->display_path.empty()
                                ? config_->path.string()
                                : config_->display_path;
  for (std::size_t m = 0; m < modules.size(); ++m) {
    if (m == best_module) continue;
    for (const PatternRef& p : modules[m].paths) {
      if (p.glob.specificity() != best.glob.specificity() ||
          !p.glob.matches(rel_path))
        continue;
      const std::pair globs(&best, &p);
      if (std::find(reported_ambiguities_.begin(), reported_ambiguities_.end(),
                    globs) != reported_ambiguities_.end()) {
        continue;
      }
      reported_ambiguities_.push_back(globs);
      diags.error(
          shown, p.loc.line, p.loc.column,
          fmt::format("ambiguous ownership: '{}' is matched by module '{}' "
                      "({}:{}:{} '{}') "
                      "and module '{}' ({}:{}:{} '{}') with equal specificity; "
                      "make one "
                      "glob more specific",
                      rel_path, modules[best_module].name, shown, best.loc.line,
                      best.loc.column, best.glob.pattern(), modules[m].name,
                      shown, p.loc.line, p.loc.column, p.glob.pattern()),
          read_source_line(shown, p.loc.line));
    }
  }
}

const std::string& ModuleMap::name(ModuleId id) const {
  assert(idx(id) < id_count());
  return idx(id) < names_.size() ? names_[idx(id)]
                                 : library_names_[idx(id) - names_.size()];
}

std::optional<ModuleId> ModuleMap::find(std::string_view name) const {
  if (name.starts_with(kExternalPrefix)) {
    for (std::size_t i = 0; i < library_names_.size(); ++i)
      if (library_names_[i] == name)
        return static_cast<ModuleId>(names_.size() + i);
    return std::nullopt;
  }
  const auto it = std::lower_bound(names_.begin(), names_.end(), name);
  if (it == names_.end() || *it != name) return std::nullopt;
  return static_cast<ModuleId>(it - names_.begin());
}

std::optional<std::size_t> ModuleMap::layer_of(ModuleId id) const {
  const auto& layer = module_config(id).layer;
  return layer ? config_->layer_index(layer->name) : std::nullopt;
}

ModuleMap::LayeredModules ModuleMap::by_layer() const {
  LayeredModules out;
  for (std::size_t i = 0; i < size(); ++i) {
    const ModuleId id{static_cast<std::uint32_t>(i)};
    if (const auto li = layer_of(id))
      out.by_layer[*li].push_back(id);
    else
      out.no_layer.push_back(id);
  }
  return out;
}

const ModuleConfig& ModuleMap::module_config(ModuleId id) const {
  assert(static_cast<std::size_t>(id) < config_index_.size());
  return config_->modules[config_index_[static_cast<std::size_t>(id)]];
}

bool looks_like_header(std::string_view path) {
  static constexpr std::array<std::string_view, 9> kExtensions = {
      "h", "hh", "hpp", "hxx", "h++", "inc", "inl", "ipp", "tcc"};
  const std::size_t slash = path.rfind('/');
  const std::string_view file =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = file.rfind('.');
  // A leading dot (".clang-format") starts a hidden name, not an extension.
  if (dot == std::string_view::npos || dot == 0) return true;
  const std::string_view ext = file.substr(dot + 1);
  return std::any_of(
      kExtensions.begin(), kExtensions.end(), [&](std::string_view known) {
        return std::equal(
            ext.begin(), ext.end(), known.begin(), known.end(),
            [](char a, char b) {
              return std::tolower(static_cast<unsigned char>(a)) == b;
            });
      });
}

}  // namespace seams
