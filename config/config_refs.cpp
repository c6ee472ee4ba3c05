// Resolves the names of seams.yaml once every section is read (a depends_on
// may name a module or group declared further down): module names, globs over
// module names and `group:` references become sorted lists of modules; group
// memberships and group layers reach the modules. Every bad name is reported
// with its position and, when close to a real one, a "did you mean".
#include "config/config_refs.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"

namespace seams::config_detail {
namespace {

constexpr std::string_view kGroupPrefix = "group:";

/// A name containing `*`, `?` or `[` that is no module's exact name.
bool is_glob(std::string_view name) {
  return name.find_first_of("*?[") != std::string_view::npos;
}

/// Resolves one config in place; one instance per load.
class Resolver {
 public:
  Resolver(Config& config, const ReportFn& report);
  void run();

 private:
  void error(ConfigLoc loc, std::string message) {
    report_(DiagLevel::error, loc, std::move(message));
  }
  std::vector<std::string> match_modules(const DependencyRef& ref,
                                         std::string_view owner);
  void resolve_group_members();
  void resolve_group_depends_on(GroupConfig& g);
  void resolve_module_depends_on(ModuleConfig& m);
  void resolve_module_entry(const ModuleConfig& m, DependencyRef& dep);
  bool check_layer(std::string_view what, const std::optional<NameRef>& layer);
  void warn_duplicates(std::string_view what,
                       const std::vector<DependencyRef>& deps);
  void resolve_selector(Selector& sel, std::string_view owner);
  void resolve_external(Selector& sel, std::string_view name,
                        std::string_view owner);

  Config& config_;
  const ReportFn& report_;
  std::vector<std::string> modules_;  // sorted
  std::vector<std::string> groups_;   // declared order
  std::vector<std::string> layers_;
};

Resolver::Resolver(Config& config, const ReportFn& report)
    : config_(config), report_(report) {
  for (const ModuleConfig& m : config.modules) modules_.push_back(m.name);
  std::sort(modules_.begin(), modules_.end());
  for (const GroupConfig& g : config.groups) groups_.push_back(g.name);
  for (const NameRef& l : config.layers) layers_.push_back(l.name);
}

/// The modules a module name or a glob over module names stands for, sorted;
/// reports an unknown name, a bad glob or a glob that matches nothing.
/// `owner` ("module 'a'", "group 'bsl'") starts the messages.
std::vector<std::string> Resolver::match_modules(const DependencyRef& ref,
                                                 std::string_view owner) {
  if (std::binary_search(modules_.begin(), modules_.end(), ref.name))
    return {ref.name};
  if (!is_glob(ref.name)) {
    const std::string hint =
        std::find(groups_.begin(), groups_.end(), ref.name) != groups_.end()
            ? fmt::format("; did you mean 'group:{}'?", ref.name)
            : did_you_mean(ref.name, modules_);
    error(ref.loc, fmt::format("{} names unknown module '{}'{}", owner,
                               escape_controls(ref.name), hint));
    return {};
  }
  std::string reason;
  const std::optional<Glob> glob = Glob::compile(ref.name, &reason);
  if (!glob) {
    error(ref.loc, fmt::format("bad module glob '{}' in {}: {}",
                               escape_controls(ref.name), owner, reason));
    return {};
  }
  std::vector<std::string> out;
  for (const std::string& name : modules_)
    if (glob->matches(name)) out.push_back(name);
  if (out.empty()) {
    error(ref.loc, fmt::format("module glob '{}' in {} matches no module",
                               escape_controls(ref.name), owner));
  }
  return out;
}

void Resolver::resolve_group_members() {
  std::map<std::string, const GroupConfig*> group_of;
  for (GroupConfig& g : config_.groups) {
    if (std::binary_search(modules_.begin(), modules_.end(), g.name)) {
      error(g.loc, fmt::format("group '{}' has the name of a module; give the "
                               "group another name",
                               g.name));
    }
    const std::string owner = fmt::format("group '{}'", g.name);
    std::set<std::string> members;
    for (DependencyRef& entry : g.entries) {
      entry.modules = match_modules(entry, owner);
      for (const std::string& name : entry.modules) {
        if (!members.insert(name).second) continue;
        auto [it, fresh] = group_of.emplace(name, &g);
        if (fresh) continue;
        error(entry.loc,
              fmt::format("module '{}' is in group '{}' (at {}:{}) and in "
                          "group '{}'; a module belongs to at most one group",
                          name, it->second->name, it->second->loc.line,
                          it->second->loc.column, g.name));
      }
    }
    g.members.assign(members.begin(), members.end());
  }
  for (ModuleConfig& m : config_.modules)
    if (auto it = group_of.find(m.name); it != group_of.end())
      m.group = it->second->name;
}

void Resolver::resolve_group_depends_on(GroupConfig& g) {
  if (!g.depends_on) return;
  for (DependencyRef& dep : *g.depends_on) {
    std::string_view name = dep.name;
    if (name.starts_with(kGroupPrefix)) name.remove_prefix(kGroupPrefix.size());
    if (const GroupConfig* target = config_.find_group(name)) {
      dep.modules = target->members;
      continue;
    }
    error(dep.loc, fmt::format("group '{}' depends on unknown group '{}'{}",
                               g.name, escape_controls(name),
                               hint_or_list(did_you_mean(name, groups_),
                                            "groups are", groups_)));
  }
  warn_duplicates(fmt::format("group '{}'", g.name), *g.depends_on);
}

void Resolver::resolve_module_entry(const ModuleConfig& m, DependencyRef& dep) {
  const std::string_view name = dep.name;
  if (name == m.name) {
    error(dep.loc, fmt::format("module '{}' depends on itself", m.name));
    return;
  }
  if (name.starts_with(kGroupPrefix) &&
      !std::binary_search(modules_.begin(), modules_.end(), dep.name)) {
    const std::string_view group = name.substr(kGroupPrefix.size());
    const GroupConfig* target = config_.find_group(group);
    if (!target) {
      error(dep.loc, fmt::format("module '{}' depends on unknown group '{}'{}",
                                 m.name, escape_controls(group),
                                 hint_or_list(did_you_mean(group, groups_),
                                              "groups are", groups_)));
      return;
    }
    dep.modules = target->members;
  } else if (is_glob(name) ||
             std::binary_search(modules_.begin(), modules_.end(), dep.name)) {
    dep.modules = match_modules(dep, fmt::format("module '{}'", m.name));
  } else {
    // The message of a plain unknown name predates groups; keep it.
    const std::string hint =
        std::find(groups_.begin(), groups_.end(), dep.name) != groups_.end()
            ? fmt::format("; did you mean 'group:{}'?", dep.name)
            : did_you_mean(dep.name, modules_);
    error(dep.loc, fmt::format("module '{}' depends on unknown module '{}'{}",
                               m.name, escape_controls(dep.name), hint));
    return;
  }
  // A module may always use itself: its own name in a glob or group is moot.
  // A glob that matches only it is a mistake (match_modules reported one that
  // matches nothing).
  if (std::erase(dep.modules, m.name) > 0 && dep.modules.empty() &&
      is_glob(name) && !name.starts_with(kGroupPrefix)) {
    error(dep.loc, fmt::format("module glob '{}' in module '{}' matches no "
                               "module but '{}' itself",
                               escape_controls(dep.name), m.name, m.name));
  }
}

void Resolver::resolve_module_depends_on(ModuleConfig& m) {
  if (!m.depends_on) return;
  for (DependencyRef& dep : *m.depends_on) resolve_module_entry(m, dep);
  warn_duplicates(fmt::format("module '{}'", m.name), *m.depends_on);
}

void Resolver::warn_duplicates(std::string_view what,
                               const std::vector<DependencyRef>& deps) {
  std::set<std::string_view> seen;
  for (const DependencyRef& dep : deps) {
    if (seen.insert(dep.name).second) continue;
    report_(DiagLevel::warning, dep.loc,
            fmt::format("{} lists '{}' twice in depends_on", what,
                        escape_controls(dep.name)));
  }
}

/// True when `layer` (if any) is one of `layers`; else reports it.
bool Resolver::check_layer(std::string_view what,
                           const std::optional<NameRef>& layer) {
  if (!layer) return true;
  if (layers_.empty()) {
    error(layer->loc,
          fmt::format("{} has layer '{}', but no 'layers' are declared", what,
                      escape_controls(layer->name)));
    return false;
  }
  if (config_.layer_index(layer->name)) return true;
  error(layer->loc, fmt::format("{} has unknown layer '{}'{}", what,
                                escape_controls(layer->name),
                                hint_or_list(did_you_mean(layer->name, layers_),
                                             "layers are", layers_)));
  return false;
}

void Resolver::run() {
  resolve_group_members();
  for (GroupConfig& g : config_.groups) resolve_group_depends_on(g);
  for (ModuleConfig& m : config_.modules) {
    resolve_module_depends_on(m);
    check_layer(fmt::format("module '{}'", m.name), m.layer);
  }
  for (const GroupConfig& g : config_.groups) {
    if (!check_layer(fmt::format("group '{}'", g.name), g.layer) || !g.layer)
      continue;
    for (ModuleConfig& m : config_.modules)
      if (!m.layer && m.group == g.name) m.layer = g.layer;
  }
  // After the layers: `layer:NAME` stands for the modules that layer has.
  for (PolicyConfig& p : config_.policies) {
    const std::string owner = fmt::format("policy '{}'", p.id);
    for (Selector& sel : p.from) resolve_selector(sel, owner);
    for (Selector& sel : p.to) resolve_selector(sel, owner);
    for (PolicyException& ex : p.except)
      if (ex.target) resolve_selector(*ex.target, owner);
  }
  for (auto& [rule, exceptions] : config_.rule_exceptions)
    for (PolicyException& ex : exceptions)
      if (ex.target)
        resolve_selector(*ex.target, fmt::format("rule '{}'", rule));
}

/// The libraries of `external:NAME` (a glob over library names; `other` is the
/// external code none names), as their `external:` names.
void Resolver::resolve_external(Selector& sel, std::string_view name,
                                std::string_view owner) {
  std::vector<std::string> names;
  for (const ExternalConfig& x : config_.externals) names.push_back(x.name);
  std::sort(names.begin(), names.end());
  auto add = [&](std::string_view n) {
    sel.modules.push_back(std::string(kExternalPrefix) + std::string(n));
  };
  if (name == kOtherExternal ||
      std::binary_search(names.begin(), names.end(), name)) {
    add(name);
    return;
  }
  if (!is_glob(name)) {
    error(sel.loc, fmt::format("{} names unknown external library '{}'{}",
                               owner, escape_controls(name),
                               hint_or_list(did_you_mean(name, names),
                                            "the libraries of 'externals:' are",
                                            names)));
    return;
  }
  std::string reason;
  const std::optional<Glob> glob = Glob::compile(name, &reason);
  if (!glob) {
    error(sel.loc, fmt::format("bad library glob '{}' in {}: {}",
                               escape_controls(name), owner, reason));
    return;
  }
  for (const std::string& n : names)
    if (glob->matches(n)) add(n);
  if (sel.modules.empty())
    error(sel.loc, fmt::format("'{}' in {} matches no library of 'externals:'",
                               escape_controls(sel.reference), owner));
}

/// The modules of a policy's `orders`, `legacy_*`, `group:g` or `layer:l`.
void Resolver::resolve_selector(Selector& sel, std::string_view owner) {
  if (sel.kind != Selector::Kind::modules) return;
  std::string_view ref = sel.reference;
  if (ref.starts_with(kGroupPrefix)) {
    ref.remove_prefix(kGroupPrefix.size());
    if (const GroupConfig* g = config_.find_group(ref)) {
      sel.modules = g->members;
    } else {
      error(sel.loc,
            fmt::format(
                "{} names unknown group '{}'{}", owner, escape_controls(ref),
                hint_or_list(did_you_mean(ref, groups_), "groups", groups_)));
    }
    return;
  }
  if (ref.starts_with(kExternalPrefix)) {
    resolve_external(sel, ref.substr(kExternalPrefix.size()), owner);
    return;
  }
  if (ref.starts_with("layer:")) {
    ref.remove_prefix(6);
    if (!config_.layer_index(ref)) {
      error(sel.loc,
            fmt::format(
                "{} names unknown layer '{}'{}", owner, escape_controls(ref),
                hint_or_list(did_you_mean(ref, layers_), "layers", layers_)));
      return;
    }
    for (const ModuleConfig& m : config_.modules)
      if (m.layer && m.layer->name == ref) sel.modules.push_back(m.name);
    std::sort(sel.modules.begin(), sel.modules.end());
    return;
  }
  sel.modules = match_modules({sel.reference, sel.loc, {}}, owner);
}

}  // namespace

void resolve_references(Config& config, const ReportFn& report) {
  Resolver(config, report).run();
}

}  // namespace seams::config_detail
