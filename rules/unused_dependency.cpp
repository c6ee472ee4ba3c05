// Flags a `depends_on` entry the module never uses (a warning by default):
// stale declarations hide the real architecture and let new coupling in without
// review. A glob or `group:` entry is unused when the module uses none of the
// modules it stands for; a group's entry, when no member uses any module of
// the group it names.
//   app: {depends_on: [analytics]}; nothing in app uses analytics
//   -> seams.yaml:9:24: "app declares a dependency on analytics but does not
//   use it"
#include <fmt/format.h>

#include "rules/rules.h"

namespace seams {
namespace {

std::vector<ModuleId> ids_of(const ModuleMap& map,
                             const std::vector<std::string>& names) {
  std::vector<ModuleId> out;
  for (const std::string& name : names)
    if (auto id = map.find(name)) out.push_back(*id);
  return out;
}

// Whether some module of `from` uses some module of `to`.
bool any_edge(const ModuleGraph& graph, const std::vector<ModuleId>& from,
              const std::vector<ModuleId>& to) {
  for (ModuleId a : from)
    for (ModuleId b : to)
      if (graph.edge(a, b)) return true;
  return false;
}

Finding unused(const RuleInput& in, const DependencyRef& dep) {
  Finding f;
  f.config_location =
      ConfigLocation{in.config_display_path, dep.loc.line, dep.loc.column};
  return f;
}

void check_module(const RuleInput& in, ModuleId from, FindingSink& out) {
  const auto& declared = in.map.module_config(from).depends_on;
  if (!declared) return;
  for (const DependencyRef& dep : *declared) {
    const std::vector<ModuleId> to = ids_of(in.map, dep.modules);
    if (any_edge(in.graph, {from}, to)) continue;
    Finding f = unused(in, dep);
    f.from = from;
    f.modules = {from};
    if (auto exact = in.map.find(dep.name)) {
      if (*exact == from) continue;
      f.to = *exact;
      f.modules.push_back(*exact);
      f.message =
          fmt::format("{} declares a dependency on {} but does not use it",
                      in.map.name(from), dep.name);
    } else {
      f.config_entry = dep.name;
      f.message = fmt::format(
          "{} declares a dependency on {} ({} modules) but uses none of them",
          in.map.name(from), dep.name, to.size());
    }
    out.add(std::move(f));
  }
}

void check_group(const RuleInput& in, const GroupConfig& g, FindingSink& out) {
  if (!g.depends_on) return;
  const std::vector<ModuleId> members = ids_of(in.map, g.members);
  for (const DependencyRef& dep : *g.depends_on) {
    if (any_edge(in.graph, members, ids_of(in.map, dep.modules))) continue;
    Finding f = unused(in, dep);
    f.modules = members;
    f.config_entry = fmt::format("group {}: {}", g.name, dep.name);
    f.message = fmt::format(
        "group {} declares a dependency on {} but none of its modules uses it",
        g.name, dep.name);
    out.add(std::move(f));
  }
}

class UnusedDependencyRule final : public Rule {
 public:
  std::string_view id() const override { return "unused-dependency"; }
  Severity default_severity() const override { return Severity::warning; }
  std::string_view summary() const override {
    return "A module lists a dependency in depends_on that it never uses.";
  }
  std::string_view help() const override {
    return "Remove the module from `depends_on` in seams.yaml, so the declared "
           "architecture matches the code.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    for (std::size_t i = 0; i < in.map.size(); ++i)
      check_module(in, ModuleId{static_cast<std::uint32_t>(i)}, out);
    for (const GroupConfig& g : in.config.groups) check_group(in, g, out);
  }
};

}  // namespace

std::unique_ptr<Rule> make_unused_dependency_rule() {
  return std::make_unique<UnusedDependencyRule>();
}

}  // namespace seams
